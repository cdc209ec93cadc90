/**
 * The contact card (Oslostandard measure 8) in bokmål and the residents' languages. The card is its own small
 * catalogue, apart from the app's nb/en catalogue: it is shown in languages the rest of the app is not.
 *
 * The translations were written by the developer and MUST be reviewed by a qualified translator before the
 * cards are put up (docs/domain/bomiljoplan.md, "Oversettelser"). Arabic and Dari are right-to-left.
 */
export const KONTAKTKORT_SPRAK = ["nb", "en", "ar", "so", "ti", "uk", "prs", "pl"] as const;
export type KontaktkortSprak = (typeof KONTAKTKORT_SPRAK)[number];

export type KontaktkortTekst = {
  /** BCP 47 tag for the lang attribute. Dari: "fa-AF" (widely supported by screen readers; ISO 639-3 is prs). */
  lang: string;
  dir: "ltr" | "rtl";
  /** The language's name in itself, for the language list. */
  navn: string;
  tittel: string;
  ingress: string;
  koordinator: string;
  koordinatorHva: string;
  boligbygg: string;
  boligbyggHva: string;
  vakt: string;
  vaktHva: string;
  mangel: string;
  mangelHva: string;
  nod: string;
  brann: string;
  politi: string;
  ambulanse: string;
  telefon: string;
  epost: string;
};

export const KONTAKTKORT: Record<KontaktkortSprak, KontaktkortTekst> = {
  nb: {
    lang: "nb",
    dir: "ltr",
    navn: "Norsk (bokmål)",
    tittel: "Hvem kan du kontakte?",
    ingress: "Kontaktkort for {adresse}",
    koordinator: "Bomiljøkoordinator i Bydel {bydel}",
    koordinatorHva: "Spørsmål om bomiljøet, naboer, aktiviteter og beboerråd.",
    boligbygg: "Boligbygg kundesenter",
    boligbyggHva: "Spørsmål om boligen, husleie, leiekontrakt og reparasjoner.",
    vakt: "Vakttelefon, hele døgnet",
    vaktHva:
      "Akutte skader i bygget når kundesenteret er stengt, for eksempel vannlekkasje eller en dør som ikke går i lås.",
    mangel: "Meld fra om feil eller mangel",
    mangelHva: "Skann QR-koden eller gå til lenken.",
    nod: "Nødnumre",
    brann: "Brann",
    politi: "Politi",
    ambulanse: "Ambulanse",
    telefon: "Telefon",
    epost: "E-post",
  },
  en: {
    lang: "en",
    dir: "ltr",
    navn: "English",
    tittel: "Who can you contact?",
    ingress: "Contact card for {adresse}",
    koordinator: "Housing-environment coordinator, Bydel {bydel}",
    koordinatorHva: "Questions about the neighbourhood, neighbours, activities and the residents' council.",
    boligbygg: "Boligbygg customer service",
    boligbyggHva: "Questions about your home, rent, tenancy agreement and repairs.",
    vakt: "Building emergency line, 24 hours",
    vaktHva:
      "Urgent damage to the building when customer service is closed, for example a water leak or a door that will not lock.",
    mangel: "Report a fault or defect",
    mangelHva: "Scan the QR code or go to the link.",
    nod: "Emergency numbers",
    brann: "Fire",
    politi: "Police",
    ambulanse: "Ambulance",
    telefon: "Phone",
    epost: "E-mail",
  },
  ar: {
    lang: "ar",
    dir: "rtl",
    navn: "العربية",
    tittel: "بمن يمكنك الاتصال؟",
    ingress: "بطاقة الاتصال للعنوان {adresse}",
    koordinator: "منسّق البيئة السكنية في منطقة {bydel}",
    koordinatorHva: "أسئلة عن البيئة السكنية والجيران والأنشطة ومجلس السكان.",
    boligbygg: "خدمة عملاء Boligbygg",
    boligbyggHva: "أسئلة عن المسكن والإيجار وعقد الإيجار والإصلاحات.",
    vakt: "هاتف الطوارئ للمبنى، على مدار الساعة",
    vaktHva: "الأضرار العاجلة في المبنى عندما تكون خدمة العملاء مغلقة، مثل تسرّب المياه أو باب لا يُقفل.",
    mangel: "أبلغ عن عطل أو خلل",
    mangelHva: "امسح رمز QR أو افتح الرابط.",
    nod: "أرقام الطوارئ",
    brann: "الإطفاء",
    politi: "الشرطة",
    ambulanse: "الإسعاف",
    telefon: "الهاتف",
    epost: "البريد الإلكتروني",
  },
  so: {
    lang: "so",
    dir: "ltr",
    navn: "Soomaali",
    tittel: "Yaad la xiriiri kartaa?",
    ingress: "Kaarka xiriirka ee {adresse}",
    koordinator: "Isku-duwaha deegaanka guryaha, degmada {bydel}",
    koordinatorHva: "Su'aalaha ku saabsan deegaanka guryaha, deriskaaga, hawlaha iyo golaha deganayaasha.",
    boligbygg: "Adeegga macaamiisha ee Boligbygg",
    boligbyggHva: "Su'aalaha ku saabsan guriga, kirada, heshiiska kirada iyo dayactirka.",
    vakt: "Taleefanka gurmadka dhismaha, 24 saac",
    vaktHva:
      "Waxyeello degdeg ah oo dhismaha gaartay marka adeegga macaamiishu xiran yahay, tusaale ahaan biyo daadanaya ama albaab aan xirmin.",
    mangel: "Soo sheeg cillad ama dhaliil",
    mangelHva: "Iskaan garee koodka QR ama fur xiriirka.",
    nod: "Lambarrada gurmadka degdegga ah",
    brann: "Dab-demiska",
    politi: "Booliska",
    ambulanse: "Ambalaaska",
    telefon: "Taleefan",
    epost: "Iimayl",
  },
  ti: {
    lang: "ti",
    dir: "ltr",
    navn: "ትግርኛ",
    tittel: "ንመን ክትረኽብ ትኽእል?",
    ingress: "ናይ ርክብ ካርድ ን{adresse}",
    koordinator: "ኣወሃሃዲ ከባቢ መንበሪ፡ ቢደል {bydel}",
    koordinatorHva: "ሕቶታት ብዛዕባ ከባቢ መንበሪ፡ ጎረባብቲ፡ ንጥፈታትን ባይቶ ነበርትን።",
    boligbygg: "ኣገልግሎት ዓማዊል Boligbygg",
    boligbyggHva: "ሕቶታት ብዛዕባ ገዛ፡ ክራይ፡ ውዕል ክራይን ጽገናን።",
    vakt: "ህጹጽ ተሌፎን ህንጻ፡ 24 ሰዓት",
    vaktHva: "ኣገልግሎት ዓማዊል ዕጹው ኣብ ዝኾነሉ እዋን ህጹጽ ጉድኣት ኣብ ህንጻ፡ ንኣብነት ምፍሳስ ማይ ወይ ዘይዕጾ ማዕጾ።",
    mangel: "ጉድለት ወይ ብልሽት ሓብሩ",
    mangelHva: "ነቲ QR ኮድ ስካን ግበሩ ወይ ነቲ ሊንክ ክፈቱ።",
    nod: "ቁጽርታት ህጹጽ ረድኤት",
    brann: "ሓዊ",
    politi: "ፖሊስ",
    ambulanse: "ኣምቡላንስ",
    telefon: "ተሌፎን",
    epost: "ኢመይል",
  },
  uk: {
    lang: "uk",
    dir: "ltr",
    navn: "Українська",
    tittel: "До кого можна звернутися?",
    ingress: "Контактна картка для {adresse}",
    koordinator: "Координатор житлового середовища, район {bydel}",
    koordinatorHva: "Питання про житлове середовище, сусідів, заходи та раду мешканців.",
    boligbygg: "Служба підтримки клієнтів Boligbygg",
    boligbyggHva: "Питання про житло, орендну плату, договір оренди та ремонт.",
    vakt: "Черговий телефон, цілодобово",
    vaktHva:
      "Термінові пошкодження в будинку, коли служба підтримки зачинена, наприклад протікання води або двері, що не замикаються.",
    mangel: "Повідомити про несправність або недолік",
    mangelHva: "Відскануйте QR-код або перейдіть за посиланням.",
    nod: "Номери екстрених служб",
    brann: "Пожежна служба",
    politi: "Поліція",
    ambulanse: "Швидка допомога",
    telefon: "Телефон",
    epost: "Електронна пошта",
  },
  prs: {
    lang: "fa-AF",
    dir: "rtl",
    navn: "دری",
    tittel: "با چه کسی می‌توانید تماس بگیرید؟",
    ingress: "کارت تماس برای {adresse}",
    koordinator: "هماهنگ‌کنندهٔ محیط رهایشی، ناحیهٔ {bydel}",
    koordinatorHva: "سؤال‌ها دربارهٔ محیط رهایشی، همسایه‌ها، فعالیت‌ها و شورای ساکنان.",
    boligbygg: "خدمات مشتریان Boligbygg",
    boligbyggHva: "سؤال‌ها دربارهٔ خانه، کرایه، قرارداد کرایه و ترمیم.",
    vakt: "تلفن عاجل ساختمان، ۲۴ ساعته",
    vaktHva: "خسارهٔ عاجل در ساختمان وقتی خدمات مشتریان بسته است، مثلاً چکیدن آب یا دروازه‌ای که قفل نمی‌شود.",
    mangel: "خرابی یا نقص را گزارش بدهید",
    mangelHva: "کد QR را اسکن کنید یا لینک را باز کنید.",
    nod: "شماره‌های عاجل",
    brann: "آتش‌نشانی",
    politi: "پولیس",
    ambulanse: "امبولانس",
    telefon: "تلفن",
    epost: "ایمیل",
  },
  pl: {
    lang: "pl",
    dir: "ltr",
    navn: "Polski",
    tittel: "Z kim możesz się skontaktować?",
    ingress: "Karta kontaktowa dla {adresse}",
    koordinator: "Koordynator ds. środowiska mieszkaniowego, dzielnica {bydel}",
    koordinatorHva: "Pytania o środowisko mieszkaniowe, sąsiadów, zajęcia i radę mieszkańców.",
    boligbygg: "Obsługa klienta Boligbygg",
    boligbyggHva: "Pytania o mieszkanie, czynsz, umowę najmu i naprawy.",
    vakt: "Telefon alarmowy budynku, całodobowo",
    vaktHva:
      "Pilne szkody w budynku, gdy obsługa klienta jest zamknięta, na przykład wyciek wody lub drzwi, które się nie zamykają.",
    mangel: "Zgłoś usterkę lub wadę",
    mangelHva: "Zeskanuj kod QR lub otwórz link.",
    nod: "Numery alarmowe",
    brann: "Straż pożarna",
    politi: "Policja",
    ambulanse: "Pogotowie ratunkowe",
    telefon: "Telefon",
    epost: "E-mail",
  },
};

export function isKontaktkortSprak(value: unknown): value is KontaktkortSprak {
  return typeof value === "string" && (KONTAKTKORT_SPRAK as readonly string[]).includes(value);
}

export function fyllInn(tekst: string, verdier: Record<string, string>): string {
  return tekst.replace(/\{(\w+)\}/g, (hele, navn: string) => verdier[navn] ?? hele);
}

/**
 * Numbers on the card that are not the district's. DEMO VALUES: the real Boligbygg customer-service and
 * 24-hour numbers must be confirmed with Boligbygg and set here before any card is printed.
 */
export const FASTE_NUMMER = {
  boligbyggKundesenter: { telefon: "23 48 63 00", epost: "kundesenter@boligbygg.example.org" },
  vakttelefon: { telefon: "23 48 63 99" },
  brann: "110",
  politi: "112",
  ambulanse: "113",
} as const;

/** The defect-report form built by the defect-report module, prefilled with the stairwell. */
export function mangelLenke(publicUrl: string, oppgangId: string): string {
  return `${publicUrl}/mangler/ny?oppgang=${encodeURIComponent(oppgangId)}`;
}
