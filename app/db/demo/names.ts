import type { Random } from "./random";

/**
 * Invented people for the demo Oslo. First names are common given names; the
 * combinations (and the composed Norwegian surnames) are made up. The mix of
 * origins is a rough picture of the tenants in Oslo's municipal homes, not a
 * statistic: many Norwegian-born, and large groups with roots in Somalia,
 * Pakistan, Poland, Eritrea, the Arab world, Ukraine, Afghanistan and more.
 */
export type Kjonn = "kvinne" | "mann";

type Opphav = {
  id: string;
  vekt: number;
  kvinner: readonly string[];
  menn: readonly string[];
  /** Surnames, or null to compose a Norwegian one. */
  etternavn: readonly string[] | null;
};

const OPPHAV: readonly Opphav[] = [
  {
    id: "norsk",
    vekt: 44,
    kvinner: [
      "Anne",
      "Ingrid",
      "Kari",
      "Marit",
      "Liv",
      "Hilde",
      "Silje",
      "Ida",
      "Nora",
      "Emma",
      "Sofie",
      "Thea",
      "Maja",
      "Ingeborg",
      "Tone",
      "Berit",
      "Randi",
      "Solveig",
      "Astrid",
      "Turid",
      "Camilla",
      "Marte",
      "Hanne",
      "Linn",
      "Vilde",
      "Frida",
      "Tuva",
      "Selma",
      "Aud",
      "Gunn",
    ],
    menn: [
      "Ole",
      "Lars",
      "Knut",
      "Per",
      "Jon",
      "Bjørn",
      "Arne",
      "Svein",
      "Geir",
      "Terje",
      "Thomas",
      "Martin",
      "Jonas",
      "Emil",
      "Henrik",
      "Magnus",
      "Sindre",
      "Even",
      "Odd",
      "Tor",
      "Rune",
      "Kjell",
      "Håkon",
      "Sander",
      "Filip",
      "Aksel",
      "Trygve",
      "Eirik",
      "Vegard",
      "Leif",
    ],
    etternavn: null,
  },
  {
    id: "somali",
    vekt: 10,
    kvinner: [
      "Amina",
      "Fadumo",
      "Hodan",
      "Sahra",
      "Ifrah",
      "Ayan",
      "Hibo",
      "Nimco",
      "Ubah",
      "Khadra",
      "Hamdi",
    ],
    menn: [
      "Abdi",
      "Mohamed",
      "Ahmed",
      "Abdirahman",
      "Omar",
      "Yusuf",
      "Hassan",
      "Liban",
      "Mahad",
      "Farah",
      "Ali",
    ],
    etternavn: [
      "Abdi",
      "Warsame",
      "Farah",
      "Jama",
      "Hersi",
      "Osman",
      "Aden",
      "Nur",
      "Egal",
      "Dirie",
      "Ismail",
    ],
  },
  {
    id: "pakistansk",
    vekt: 7,
    kvinner: ["Ayesha", "Sana", "Nadia", "Samina", "Rabia", "Hina", "Zainab", "Iqra", "Maryam", "Shazia"],
    menn: ["Imran", "Bilal", "Usman", "Tariq", "Zeeshan", "Kamran", "Faisal", "Adnan", "Shahid", "Hamza"],
    etternavn: [
      "Khan",
      "Butt",
      "Chaudhry",
      "Qureshi",
      "Malik",
      "Hussain",
      "Rana",
      "Akhtar",
      "Javed",
      "Mirza",
    ],
  },
  {
    id: "polsk",
    vekt: 6,
    kvinner: ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Ewa", "Zofia", "Natalia", "Marta"],
    menn: ["Piotr", "Tomasz", "Krzysztof", "Marcin", "Paweł", "Michał", "Jakub", "Łukasz", "Kamil"],
    etternavn: [
      "Kowalczyk",
      "Wiśniewski",
      "Zielinski",
      "Lewandowski",
      "Wójcik",
      "Kamiński",
      "Mazur",
      "Krawczyk",
      "Dąbrowski",
      "Pawlak",
    ],
  },
  {
    id: "eritreisk",
    vekt: 5,
    kvinner: ["Senait", "Helen", "Selam", "Luwam", "Feven", "Saba", "Yohanna", "Rahwa", "Eden"],
    menn: ["Yonas", "Tesfay", "Dawit", "Filmon", "Samuel", "Mehari", "Robel", "Habtom", "Kibrom"],
    etternavn: ["Tesfamariam", "Ghebremedhin", "Haile", "Tekle", "Berhane", "Woldu", "Asmerom", "Kidane"],
  },
  {
    id: "arabisk",
    vekt: 8,
    kvinner: ["Fatima", "Noor", "Layla", "Rania", "Huda", "Yasmin", "Salma", "Reem", "Dalia", "Lina"],
    menn: ["Ahmad", "Khaled", "Omar", "Mahmoud", "Karim", "Tarek", "Sami", "Youssef", "Rami", "Hussein"],
    etternavn: ["Al-Sayed", "Haddad", "Nasser", "Saleh", "Khalil", "Darwish", "Mansour", "Al-Tamimi", "Aziz"],
  },
  {
    id: "ukrainsk",
    vekt: 5,
    kvinner: ["Olena", "Iryna", "Oksana", "Natalia", "Tetiana", "Kateryna", "Yulia", "Svitlana", "Daria"],
    menn: ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Mykola", "Volodymyr", "Bohdan", "Taras", "Yurii"],
    etternavn: [
      "Shevchenko",
      "Bondarenko",
      "Kovalenko",
      "Tkachenko",
      "Melnyk",
      "Kravets",
      "Oliinyk",
      "Moroz",
    ],
  },
  {
    id: "afghansk",
    vekt: 5,
    kvinner: ["Zahra", "Mariam", "Fereshta", "Parwana", "Shabnam", "Nilofar", "Hamida", "Mursal"],
    menn: ["Ahmad", "Mohammad", "Rahim", "Najib", "Farid", "Jawad", "Mustafa", "Nasir", "Hamid"],
    etternavn: ["Ahmadi", "Rahimi", "Hashimi", "Noori", "Sultani", "Karimi", "Popal", "Safi", "Wardak"],
  },
  {
    id: "tyrkisk-kurdisk",
    vekt: 3,
    kvinner: ["Elif", "Zeynep", "Ayşe", "Rojin", "Berfin", "Hatice", "Emine"],
    menn: ["Mehmet", "Mustafa", "Emre", "Serkan", "Baran", "Deniz", "Kemal"],
    etternavn: ["Yilmaz", "Demir", "Kaya", "Aydin", "Özdemir", "Çelik", "Doğan", "Aslan"],
  },
  {
    id: "vietnamesisk",
    vekt: 2,
    kvinner: ["Linh", "Thu", "Mai", "Hoa", "Lan", "Ngoc"],
    menn: ["Minh", "Tuan", "Huy", "Duc", "Nam", "Quang"],
    etternavn: ["Nguyen", "Tran", "Le", "Pham", "Vu", "Dang", "Bui"],
  },
  {
    id: "tamilsk",
    vekt: 2,
    kvinner: ["Kavitha", "Tharsika", "Nirosha", "Priya", "Sharmila"],
    menn: ["Suresh", "Kumaran", "Tharshan", "Ramesh", "Sivakumar"],
    etternavn: ["Sivarajah", "Thambirajah", "Kanagaratnam", "Selvarajah", "Nadarajah"],
  },
  {
    id: "etiopisk",
    vekt: 2,
    kvinner: ["Tigist", "Meron", "Hiwot", "Bethlehem", "Selamawit"],
    menn: ["Abebe", "Getachew", "Tewodros", "Yared", "Dereje"],
    etternavn: ["Bekele", "Tadesse", "Girma", "Alemu", "Mengistu"],
  },
  {
    id: "litauisk",
    vekt: 1,
    kvinner: ["Rūta", "Agnė", "Lina", "Eglė", "Justina"],
    menn: ["Tomas", "Mantas", "Darius", "Jonas", "Paulius"],
    etternavn: ["Kazlauskas", "Petrauskas", "Jankauskas", "Butkus", "Paulauskas"],
  },
];

// Norwegian surnames composed from farm-name parts, so the families are invented.
const NORSK_FORLEDD = [
  "Bjørk",
  "Lind",
  "Hol",
  "Stav",
  "Brå",
  "Fjell",
  "Vik",
  "Nes",
  "Sol",
  "Rud",
  "Moe",
  "Berg",
  "Dal",
  "Haug",
  "Lund",
  "Øy",
  "Skog",
  "Myr",
  "Teig",
  "Flat",
  "Ås",
  "Eng",
  "Stor",
  "Vester",
  "Nord",
  "Aust",
  "Sønd",
  "Kvam",
  "Rust",
  "Tveit",
  "Grind",
  "Hegg",
  "Løk",
  "Rog",
  "Hov",
];
const NORSK_ETTERLEDD = [
  "heim",
  "stad",
  "li",
  "rud",
  "set",
  "vik",
  "dal",
  "berg",
  "haug",
  "land",
  "bø",
  "nes",
  "lund",
  "tun",
  "gard",
  "åsen",
  "moen",
  "bakken",
  "eng",
  "vold",
];
const SEN_ETTERNAVN = [
  "Hansen",
  "Olsen",
  "Johansen",
  "Larsen",
  "Andersen",
  "Pedersen",
  "Nilsen",
  "Kristiansen",
];

export type Navnegruppe = string;

export function pickOpphav(random: Random): Navnegruppe {
  return random.weighted(OPPHAV.map((o) => [o.id, o.vekt] as const));
}

function opphav(id: Navnegruppe): Opphav {
  const found = OPPHAV.find((o) => o.id === id);
  if (!found) throw new Error(`Ukjent navnegruppe ${id}`);
  return found;
}

export function pickFornavn(random: Random, gruppe: Navnegruppe, kjonn: Kjonn): string {
  const o = opphav(gruppe);
  return random.pick(kjonn === "kvinne" ? o.kvinner : o.menn);
}

export function pickEtternavn(random: Random, gruppe: Navnegruppe): string {
  const o = opphav(gruppe);
  if (o.etternavn) return random.pick(o.etternavn);
  if (random.chance(0.2)) return random.pick(SEN_ETTERNAVN);
  const forledd = random.pick(NORSK_FORLEDD);
  let etterledd = random.pick(NORSK_ETTERLEDD);
  // Avoid a doubled letter of three ("Hegggard") and keep the join readable.
  if (forledd.endsWith(etterledd[0]!) && forledd.at(-2) === etterledd[0]) etterledd = "heim";
  return forledd + etterledd;
}

/** A plausible e-mail address at a domain that can never deliver (example.org or .invalid). */
export function demoEpost(random: Random, fornavn: string, etternavn: string): string {
  const ascii = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "o")
      .replace(/å/g, "a")
      .replace(/ł/g, "l")
      .replace(/ı/g, "i")
      .replace(/[^a-z]/g, "");
  const domain = random.weighted([
    ["example.org", 5],
    ["epost.invalid", 2],
    ["post.example.invalid", 1],
  ] as const);
  const number = random.chance(0.5) ? String(random.int(1, 99)) : "";
  return `${ascii(fornavn)}.${ascii(etternavn)}${number}@${domain}`;
}

/** A Norwegian-looking mobile number (8 digits starting with 4 or 9); invented. */
export function demoTelefon(random: Random): string {
  return `${random.pick(["4", "9"])}${String(random.int(0, 9_999_999)).padStart(7, "0")}`;
}
