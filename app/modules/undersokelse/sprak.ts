import type { Dimensjon, JaNeiId, SkalaId } from "./instrument";

/**
 * The questionnaire's own texts in the languages residents answer in. Bokmål is the source; the other seven are
 * written by the team in plain language and NEED A TRANSLATOR'S REVIEW before real use (docs/domain/undersokelse.md).
 * `lang` is a BCP 47 tag (Dari: fa-AF); Arabic and Dari are right-to-left.
 */
export const SVARSPRAK = ["nb", "en", "ar", "so", "ti", "uk", "fa-AF", "pl"] as const;
export type Svarsprak = (typeof SVARSPRAK)[number];

export function erSvarsprak(v: unknown): v is Svarsprak {
  return typeof v === "string" && (SVARSPRAK as readonly string[]).includes(v);
}

export const RTL: ReadonlySet<Svarsprak> = new Set(["ar", "fa-AF"]);
export const retning = (sprak: Svarsprak): "rtl" | "ltr" => (RTL.has(sprak) ? "rtl" : "ltr");

export type Skjematekster = {
  navn: string;
  tittel: string;
  ingress: string;
  anonymt: string;
  velgSprak: string;
  kode: string;
  kodeHjelp: string;
  sporsmalHjelp: string;
  skala: readonly [string, string, string, string, string];
  vetIkke: string;
  dimensjon: Record<Dimensjon, string>;
  sporsmal: Record<SkalaId, string>;
  janei: Record<JaNeiId, string>;
  ja: string;
  nei: string;
  omHusstanden: string;
  botid: string;
  botidValg: readonly [string, string, string];
  barn: string;
  fritekst: string;
  fritekstHjelp: string;
  lokale: string;
  send: string;
  neste: string;
  takkTittel: string;
  takk: string;
  brevNett: string;
  feilKode: string;
  feilUkjent: string;
  feilBrukt: string;
  feilStengt: string;
  feilOppsummering: string;
};

const nb: Skjematekster = {
  navn: "Norsk",
  tittel: "Bomiljøundersøkelsen",
  ingress:
    "Vi vil vite hvordan det er å bo der du bor. Det tar omtrent 5 minutter. Du kan hoppe over spørsmål.",
  anonymt:
    "Svaret er anonymt. Vi lagrer ikke hvem som svarte, og ikke når. Vi viser bare tall når minst 5 har svart.",
  velgSprak: "Språk",
  kode: "Koden fra brevet",
  kodeHjelp: "Koden står i brevet. Den har 10 tegn, for eksempel ABCDE-23456.",
  sporsmalHjelp: "Hva synes du om dette?",
  skala: ["Veldig dårlig", "Dårlig", "Både og", "Bra", "Veldig bra"],
  vetIkke: "Vet ikke",
  dimensjon: {
    helhet: "Alt i alt",
    bolig: "Boligen og huset",
    trygghet: "Trygghet",
    utleier: "Respekt og informasjon",
    naboskap: "Naboer",
    medvirkning: "Fellesskap",
  },
  sporsmal: {
    helhet: "Å bo her, alt i alt",
    bolig: "Boligen din",
    reparasjon: "Hvordan ting blir reparert når noe er ødelagt",
    vedlikehold: "Hvordan huset og uteområdet blir holdt i orden",
    kontrakt: "Hvor trygg du er på at du kan bo her videre",
    trygg_bolig: "Hvor trygg du føler deg inne i boligen din",
    trygg_felles: "Hvor trygg du føler deg i oppgangen, bakgården og fellesrommene",
    respekt: "Hvordan du blir behandlet: rettferdig og med respekt",
    lyttet: "Hvordan de lytter til deg når du sier fra",
    informert: "Informasjonen du får om det som skjer der du bor",
    naboer: "Forholdet til naboene",
    ro: "Roen i huset: lite støy og få konflikter",
    fellesrom: "Fellesrommene, og hvordan du kan bruke dem",
    deltakelse: "Mulighetene til å være med på aktiviteter og bestemme",
  },
  janei: {
    kontakt: "Vet du hvem du skal kontakte når noe er galt med boligen eller huset?",
    beboerrad: "Vil du at det skal være et beboerråd der du bor?",
  },
  ja: "Ja",
  nei: "Nei",
  omHusstanden: "Om husstanden (frivillig)",
  botid: "Hvor lenge har du bodd her?",
  botidValg: ["Under 2 år", "2–5 år", "Mer enn 5 år"],
  barn: "Bor det barn under 18 år i husstanden?",
  fritekst: "Er det noe mer du vil si?",
  fritekstHjelp: "Ikke skriv navn eller noe som viser hvem du eller andre er.",
  lokale: "Spørsmål fra bydelen",
  neste: "Gå videre",
  send: "Send svaret",
  takkTittel: "Takk for svaret!",
  takk: "Svaret er lagret. Koden kan ikke brukes igjen.",
  brevNett: "Skann QR-koden med mobilen, eller gå til {url} og skriv koden.",
  feilKode: "Skriv koden fra brevet.",
  feilUkjent: "Vi finner ikke koden. Sjekk at den er skrevet riktig.",
  feilBrukt: "Koden er allerede brukt. Hver husstand kan svare én gang.",
  feilStengt: "Undersøkelsen er ikke åpen nå.",
  feilOppsummering: "Dette må rettes før du kan sende:",
};

const en: Skjematekster = {
  navn: "English",
  tittel: "Resident survey",
  ingress:
    "We want to know what it is like to live where you live. It takes about 5 minutes. You can skip questions.",
  anonymt:
    "Your answer is anonymous. We do not store who answered or when. We only show figures when at least 5 have answered.",
  velgSprak: "Language",
  kode: "The code from the letter",
  kodeHjelp: "The code is in the letter. It has 10 characters, for example ABCDE-23456.",
  sporsmalHjelp: "What do you think about this?",
  skala: ["Very bad", "Bad", "Neither good nor bad", "Good", "Very good"],
  vetIkke: "Don't know",
  dimensjon: {
    helhet: "Overall",
    bolig: "The home and the building",
    trygghet: "Safety",
    utleier: "Respect and information",
    naboskap: "Neighbours",
    medvirkning: "Community",
  },
  sporsmal: {
    helhet: "Living here, overall",
    bolig: "Your home",
    reparasjon: "How things are repaired when something is broken",
    vedlikehold: "How the building and the outdoor area are kept in order",
    kontrakt: "How sure you are that you can keep living here",
    trygg_bolig: "How safe you feel inside your home",
    trygg_felles: "How safe you feel in the stairwell, the backyard and the common rooms",
    respekt: "How you are treated: fairly and with respect",
    lyttet: "How they listen to you when you raise something",
    informert: "The information you get about what happens where you live",
    naboer: "Your relationship with your neighbours",
    ro: "Peace and quiet in the building: little noise and few conflicts",
    fellesrom: "The common rooms, and how you can use them",
    deltakelse: "The chances to take part in activities and have a say",
  },
  janei: {
    kontakt: "Do you know whom to contact when something is wrong with your home or the building?",
    beboerrad: "Would you like a residents' council where you live?",
  },
  ja: "Yes",
  nei: "No",
  omHusstanden: "About your household (optional)",
  botid: "How long have you lived here?",
  botidValg: ["Less than 2 years", "2–5 years", "More than 5 years"],
  barn: "Do children under 18 live in your household?",
  fritekst: "Is there anything else you want to say?",
  fritekstHjelp: "Do not write names or anything that shows who you or others are.",
  lokale: "Questions from the district",
  neste: "Continue",
  send: "Send your answer",
  takkTittel: "Thank you for your answer!",
  takk: "Your answer has been saved. The code cannot be used again.",
  brevNett: "Scan the QR code with your phone, or go to {url} and type the code.",
  feilKode: "Write the code from the letter.",
  feilUkjent: "We cannot find this code. Check that it is written correctly.",
  feilBrukt: "This code has already been used. Each household can answer once.",
  feilStengt: "The survey is not open now.",
  feilOppsummering: "Please correct this before you send:",
};

const ar: Skjematekster = {
  navn: "العربية",
  tittel: "استبيان بيئة السكن",
  ingress:
    "نريد أن نعرف كيف هي الحياة في المكان الذي تسكن فيه. يستغرق ذلك حوالي 5 دقائق. يمكنك تخطي الأسئلة.",
  anonymt: "إجابتك مجهولة الهوية. لا نحفظ من أجاب ولا متى. نعرض الأرقام فقط عندما يجيب 5 أشخاص على الأقل.",
  velgSprak: "اللغة",
  kode: "الرمز الموجود في الرسالة",
  kodeHjelp: "الرمز مكتوب في الرسالة. يتكون من 10 أحرف، مثلاً ABCDE-23456.",
  sporsmalHjelp: "ما رأيك في هذا؟",
  skala: ["سيئ جداً", "سيئ", "متوسط", "جيد", "جيد جداً"],
  vetIkke: "لا أعرف",
  dimensjon: {
    helhet: "بشكل عام",
    bolig: "المسكن والمبنى",
    trygghet: "الأمان",
    utleier: "الاحترام والمعلومات",
    naboskap: "الجيران",
    medvirkning: "المجتمع",
  },
  sporsmal: {
    helhet: "السكن هنا بشكل عام",
    bolig: "مسكنك",
    reparasjon: "كيف يتم إصلاح الأشياء عندما يتعطل شيء",
    vedlikehold: "كيف يتم الاعتناء بالمبنى والمساحة الخارجية",
    kontrakt: "مدى ثقتك بأنك تستطيع الاستمرار في السكن هنا",
    trygg_bolig: "مدى شعورك بالأمان داخل مسكنك",
    trygg_felles: "مدى شعورك بالأمان في الدرج والفناء الخلفي والغرف المشتركة",
    respekt: "كيف تتم معاملتك: بعدل واحترام",
    lyttet: "كيف يستمعون إليك عندما تبلغ عن شيء",
    informert: "المعلومات التي تحصل عليها عما يحدث في مكان سكنك",
    naboer: "العلاقة مع الجيران",
    ro: "الهدوء في المبنى: قليل من الضجيج والخلافات",
    fellesrom: "الغرف المشتركة وكيف يمكنك استخدامها",
    deltakelse: "فرص المشاركة في الأنشطة وفي اتخاذ القرارات",
  },
  janei: {
    kontakt: "هل تعرف بمن تتصل عندما تكون هناك مشكلة في مسكنك أو في المبنى؟",
    beboerrad: "هل تريد أن يكون هناك مجلس للسكان في المكان الذي تسكن فيه؟",
  },
  ja: "نعم",
  nei: "لا",
  omHusstanden: "عن أسرتك (اختياري)",
  botid: "منذ متى تسكن هنا؟",
  botidValg: ["أقل من سنتين", "من 2 إلى 5 سنوات", "أكثر من 5 سنوات"],
  barn: "هل يعيش أطفال تحت 18 سنة في أسرتك؟",
  fritekst: "هل هناك شيء آخر تريد قوله؟",
  fritekstHjelp: "لا تكتب أسماء أو أي شيء يكشف من أنت أو من هم الآخرون.",
  lokale: "أسئلة من إدارة المنطقة",
  neste: "متابعة",
  send: "أرسل إجابتك",
  takkTittel: "شكراً على إجابتك!",
  takk: "تم حفظ إجابتك. لا يمكن استخدام الرمز مرة أخرى.",
  brevNett: "امسح رمز QR بهاتفك، أو اذهب إلى {url} واكتب الرمز.",
  feilKode: "اكتب الرمز الموجود في الرسالة.",
  feilUkjent: "لم نجد هذا الرمز. تأكد من كتابته بشكل صحيح.",
  feilBrukt: "تم استخدام هذا الرمز من قبل. يمكن لكل أسرة أن تجيب مرة واحدة.",
  feilStengt: "الاستبيان غير مفتوح الآن.",
  feilOppsummering: "يرجى تصحيح ما يلي قبل الإرسال:",
};

const so: Skjematekster = {
  navn: "Soomaali",
  tittel: "Sahanka deegaanka guryaha",
  ingress:
    "Waxaan rabnaa inaan ogaanno sida ay tahay ku noolaanshaha meesha aad deggan tahay. Waxay qaadanaysaa qiyaastii 5 daqiiqo. Waad ka boodi kartaa su'aalaha.",
  anonymt:
    "Jawaabtaadu waa qarsoodi. Ma kaydinno cidda jawaabtay iyo goorta. Tirooyinka waxaan muujinnaa oo keliya marka ugu yaraan 5 qof ay jawaabaan.",
  velgSprak: "Luqadda",
  kode: "Koodhka ku qoran warqadda",
  kodeHjelp: "Koodhku wuxuu ku qoran yahay warqadda. Wuxuu leeyahay 10 xaraf, tusaale ahaan ABCDE-23456.",
  sporsmalHjelp: "Maxaad ka qabtaa tan?",
  skala: ["Aad u xun", "Xun", "Dhexdhexaad", "Wanaagsan", "Aad u wanaagsan"],
  vetIkke: "Ma garanayo",
  dimensjon: {
    helhet: "Guud ahaan",
    bolig: "Guriga iyo dhismaha",
    trygghet: "Badbaadada",
    utleier: "Ixtiraam iyo macluumaad",
    naboskap: "Deriska",
    medvirkning: "Bulshada",
  },
  sporsmal: {
    helhet: "Ku noolaanshaha halkan, guud ahaan",
    bolig: "Gurigaaga",
    reparasjon: "Sida waxyaabaha loo hagaajiyo marka ay wax jabaan",
    vedlikehold: "Sida dhismaha iyo bannaanka loo dayactiro",
    kontrakt: "Sida aad u hubto inaad halkan sii degganaan karto",
    trygg_bolig: "Sida aad badbaado u dareento gudaha gurigaaga",
    trygg_felles: "Sida aad badbaado u dareento jaranjarada, barxadda gadaale iyo qolalka wadaagga ah",
    respekt: "Sida laguula dhaqmo: si caddaalad ah iyo ixtiraam leh",
    lyttet: "Sida laguu dhegeysto marka aad wax sheegto",
    informert: "Macluumaadka aad ka hesho waxa ka dhacaya meesha aad deggan tahay",
    naboer: "Xiriirka aad la leedahay deriskaaga",
    ro: "Xasilloonida dhismaha: buuq yar iyo khilaaf yar",
    fellesrom: "Qolalka wadaagga ah iyo sida aad u isticmaali karto",
    deltakelse: "Fursadaha aad uga qaybqaadan karto hawlaha iyo go'aannada",
  },
  janei: {
    kontakt: "Ma taqaannaa cidda aad la xiriirayso marka ay dhibaato ka jirto gurigaaga ama dhismaha?",
    beboerrad: "Ma jeclaan lahayd in gole dadka deggan ah uu ka jiro meesha aad deggan tahay?",
  },
  ja: "Haa",
  nei: "Maya",
  omHusstanden: "Qoyskaaga (ikhtiyaari)",
  botid: "Muddo intee le'eg ayaad halkan deggenayd?",
  botidValg: ["Wax ka yar 2 sano", "2–5 sano", "In ka badan 5 sano"],
  barn: "Ma jiraan carruur ka yar 18 sano oo qoyskaaga la nool?",
  fritekst: "Ma jiraan wax kale oo aad rabto inaad sheegto?",
  fritekstHjelp: "Ha qorin magacyo ama wax muujinaya cidda aad tahay ama dadka kale.",
  lokale: "Su'aalo ka yimid degmada",
  neste: "Sii wad",
  send: "Dir jawaabtaada",
  takkTittel: "Waad ku mahadsan tahay jawaabtaada!",
  takk: "Jawaabtaada waa la kaydiyay. Koodhka mar kale lama isticmaali karo.",
  brevNett: "Ku iskaan koodhka QR mobilkaaga, ama tag {url} oo qor koodhka.",
  feilKode: "Qor koodhka ku qoran warqadda.",
  feilUkjent: "Ma helin koodhkan. Hubi inuu si sax ah u qoran yahay.",
  feilBrukt: "Koodhkan hore ayaa loo isticmaalay. Qoys kastaa hal mar ayuu jawaabi karaa.",
  feilStengt: "Sahanku hadda ma furna.",
  feilOppsummering: "Fadlan sax tan ka hor intaadan dirin:",
};

const ti: Skjematekster = {
  navn: "ትግርኛ",
  tittel: "መጽናዕቲ ናይ መንበሪ ከባቢ",
  ingress: "ኣብቲ እትነብረሉ ቦታ ምንባር ከመይ ምዃኑ ክንፈልጥ ንደሊ። ኣስታት 5 ደቓይቕ ይወስድ። ሕቶታት ክትሰግሮም ትኽእል ኢኻ።",
  anonymt: "መልስኻ ስም ዘይብሉ እዩ። መን ከም ዝመለሰን መዓስ ከም ዝመለሰን ኣይንዕቅብን። ቁጽርታት ነርኢ ውሑዱ 5 ሰባት ምስ ዝምልሱ ጥራይ እዩ።",
  velgSprak: "ቋንቋ",
  kode: "ኣብቲ ደብዳበ ዘሎ ኮድ",
  kodeHjelp: "እቲ ኮድ ኣብቲ ደብዳበ ተጻሒፉ ኣሎ። 10 ፊደላት ኣለዎ፡ ንኣብነት ABCDE-23456።",
  sporsmalHjelp: "ብዛዕባዚ እንታይ ትሓስብ?",
  skala: ["ኣዝዩ ሕማቕ", "ሕማቕ", "ማእከላይ", "ጽቡቕ", "ኣዝዩ ጽቡቕ"],
  vetIkke: "ኣይፈልጥን",
  dimensjon: {
    helhet: "ብሓፈሻ",
    bolig: "ገዛን ህንጻን",
    trygghet: "ድሕንነት",
    utleier: "ክብርን ሓበሬታን",
    naboskap: "ጎረባብቲ",
    medvirkning: "ሕብረተሰብ",
  },
  sporsmal: {
    helhet: "ኣብዚ ምንባር፡ ብሓፈሻ",
    bolig: "ገዛኻ",
    reparasjon: "ሓደ ነገር ምስ ዝበላሾ ብኸመይ ከም ዝጽገን",
    vedlikehold: "እቲ ህንጻን ደገ ቦታን ብኸመይ ከም ዝዕቀብ",
    kontrakt: "ኣብዚ ምንባር ክትቅጽል ከም እትኽእል ክንደይ ርግጸኛ ምዃንካ",
    trygg_bolig: "ኣብ ውሽጢ ገዛኻ ክንደይ ድሕንነት ከም ዝስምዓካ",
    trygg_felles: "ኣብ መደያይቦ፡ ድሕሪ ገዛን ሓባራዊ ክፍልታትን ክንደይ ድሕንነት ከም ዝስምዓካ",
    respekt: "ብኸመይ ከም እትተሓዝ፡ ብፍትሒን ብክብርን",
    lyttet: "ሓደ ነገር ምስ እትሕብር ብኸመይ ከም ዝሰምዑኻ",
    informert: "ብዛዕባ እቲ ኣብ መንበሪኻ ዝኸውን እትረኽቦ ሓበሬታ",
    naboer: "ምስ ጎረባብትኻ ዘሎ ርክብ",
    ro: "ህድኣት ኣብቲ ህንጻ፡ ውሑድ ጫውጫውን ግጭትን",
    fellesrom: "ሓባራዊ ክፍልታትን ብኸመይ ክትጥቀመሎም ከም እትኽእልን",
    deltakelse: "ኣብ ንጥፈታትን ውሳኔታትን ክትሳተፍ ዘሎ ዕድላት",
  },
  janei: {
    kontakt: "ምስ ገዛኻ ወይ እቲ ህንጻ ጸገም ምስ ዝህሉ ንመን ከም እትረኽብ ትፈልጥ ዶ?",
    beboerrad: "ኣብ እትነብረሉ ቦታ ባይቶ ነበርቲ ክህሉ ትደሊ ዶ?",
  },
  ja: "እወ",
  nei: "ኣይፋል",
  omHusstanden: "ብዛዕባ ስድራቤትካ (ብድሌትካ)",
  botid: "ክንደይ ግዜ ኣብዚ ነቢርካ?",
  botidValg: ["ካብ 2 ዓመት ዝውሕድ", "2–5 ዓመት", "ካብ 5 ዓመት ዝበዝሕ"],
  barn: "ኣብ ስድራቤትካ ትሕቲ 18 ዓመት ዝዕድሜኦም ቆልዑ ይነብሩ ዶ?",
  fritekst: "ካልእ ክትብሎ እትደሊ ነገር ኣሎ ዶ?",
  fritekstHjelp: "ኣስማት ወይ መን ምዃንካ ወይ ካልኦት ዘርኢ ነገር ኣይትጽሓፍ።",
  lokale: "ካብ ምምሕዳር ከባቢ ዝመጹ ሕቶታት",
  neste: "ቀጽል",
  send: "መልስኻ ስደድ",
  takkTittel: "ስለ መልስኻ የቐንየልና!",
  takk: "መልስኻ ተዓቂቡ ኣሎ። እቲ ኮድ ደጊምካ ክትጥቀመሉ ኣይከኣልን።",
  brevNett: "ነቲ QR ኮድ ብሞባይልካ ስካን ግበሮ፡ ወይ ናብ {url} ኪድ እሞ ነቲ ኮድ ጽሓፍ።",
  feilKode: "ነቲ ኣብ ደብዳበ ዘሎ ኮድ ጽሓፍ።",
  feilUkjent: "ነዚ ኮድ ኣይረኸብናዮን። ብትኽክል ከም ዝተጻሕፈ ኣረጋግጽ።",
  feilBrukt: "እዚ ኮድ ድሮ ተጠቒምሉ እዩ። ነፍሲ ወከፍ ስድራቤት ሓንሳብ ጥራይ ክትምልስ ትኽእል።",
  feilStengt: "እቲ መጽናዕቲ ሕጂ ክፉት ኣይኮነን።",
  feilOppsummering: "ቅድሚ ምስዳድካ እዚ ኣስተኻኽል፡",
};

const uk: Skjematekster = {
  navn: "Українська",
  tittel: "Опитування про житлове середовище",
  ingress:
    "Ми хочемо знати, як вам живеться там, де ви живете. Це займе приблизно 5 хвилин. Ви можете пропускати запитання.",
  anonymt:
    "Ваша відповідь анонімна. Ми не зберігаємо, хто відповів і коли. Ми показуємо цифри, лише коли відповіли щонайменше 5 осіб.",
  velgSprak: "Мова",
  kode: "Код із листа",
  kodeHjelp: "Код указано в листі. Він має 10 символів, наприклад ABCDE-23456.",
  sporsmalHjelp: "Що ви про це думаєте?",
  skala: ["Дуже погано", "Погано", "Так собі", "Добре", "Дуже добре"],
  vetIkke: "Не знаю",
  dimensjon: {
    helhet: "Загалом",
    bolig: "Житло і будинок",
    trygghet: "Безпека",
    utleier: "Повага та інформація",
    naboskap: "Сусіди",
    medvirkning: "Спільнота",
  },
  sporsmal: {
    helhet: "Життя тут загалом",
    bolig: "Ваше житло",
    reparasjon: "Як лагодять речі, коли щось зламалося",
    vedlikehold: "Як доглядають за будинком і подвір'ям",
    kontrakt: "Наскільки ви впевнені, що зможете жити тут і далі",
    trygg_bolig: "Наскільки безпечно ви почуваєтеся у своєму житлі",
    trygg_felles: "Наскільки безпечно ви почуваєтеся на сходах, у дворі та в спільних приміщеннях",
    respekt: "Як до вас ставляться: справедливо і з повагою",
    lyttet: "Як вас вислуховують, коли ви про щось повідомляєте",
    informert: "Інформація, яку ви отримуєте про те, що відбувається там, де ви живете",
    naboer: "Стосунки із сусідами",
    ro: "Спокій у будинку: мало шуму і конфліктів",
    fellesrom: "Спільні приміщення і те, як ви можете ними користуватися",
    deltakelse: "Можливості брати участь у заходах і впливати на рішення",
  },
  janei: {
    kontakt: "Чи знаєте ви, до кого звернутися, коли щось не так із вашим житлом або будинком?",
    beboerrad: "Чи хочете ви, щоб там, де ви живете, була рада мешканців?",
  },
  ja: "Так",
  nei: "Ні",
  omHusstanden: "Про ваше домогосподарство (необов'язково)",
  botid: "Як довго ви тут живете?",
  botidValg: ["Менше 2 років", "2–5 років", "Більше 5 років"],
  barn: "Чи живуть у вашому домогосподарстві діти до 18 років?",
  fritekst: "Чи хочете ви ще щось сказати?",
  fritekstHjelp: "Не пишіть імен чи чогось, що показує, хто ви або інші люди.",
  lokale: "Запитання від району",
  neste: "Далі",
  send: "Надіслати відповідь",
  takkTittel: "Дякуємо за відповідь!",
  takk: "Вашу відповідь збережено. Код не можна використати ще раз.",
  brevNett: "Відскануйте QR-код телефоном або перейдіть на {url} і введіть код.",
  feilKode: "Напишіть код із листа.",
  feilUkjent: "Ми не знайшли цей код. Перевірте, чи правильно він написаний.",
  feilBrukt: "Цей код уже використано. Кожне домогосподарство може відповісти один раз.",
  feilStengt: "Опитування зараз не відкрите.",
  feilOppsummering: "Виправте це, перш ніж надсилати:",
};

const fa: Skjematekster = {
  navn: "دری",
  tittel: "نظرسنجی محیط زندگی",
  ingress:
    "ما می‌خواهیم بدانیم زندگی در جایی که شما زندگی می‌کنید چطور است. این کار حدود 5 دقیقه وقت می‌گیرد. شما می‌توانید از سؤال‌ها بگذرید.",
  anonymt:
    "جواب شما بی‌نام است. ما ذخیره نمی‌کنیم که چه کسی و چه وقت جواب داده است. ما ارقام را فقط وقتی نشان می‌دهیم که دست کم 5 نفر جواب داده باشند.",
  velgSprak: "زبان",
  kode: "کُد نامه",
  kodeHjelp: "کُد در نامه نوشته شده است. کُد 10 حرف دارد، مثلاً ABCDE-23456.",
  sporsmalHjelp: "نظر شما در این باره چیست؟",
  skala: ["خیلی بد", "بد", "متوسط", "خوب", "خیلی خوب"],
  vetIkke: "نمی‌دانم",
  dimensjon: {
    helhet: "به طور کلی",
    bolig: "خانه و ساختمان",
    trygghet: "امنیت",
    utleier: "احترام و معلومات",
    naboskap: "همسایه‌ها",
    medvirkning: "اجتماع",
  },
  sporsmal: {
    helhet: "زندگی در اینجا، به طور کلی",
    bolig: "خانهٔ شما",
    reparasjon: "اینکه وقتی چیزی خراب می‌شود، چطور ترمیم می‌شود",
    vedlikehold: "اینکه ساختمان و محوطهٔ بیرونی چطور نگهداری می‌شود",
    kontrakt: "اینکه چقدر مطمئن هستید که می‌توانید اینجا به زندگی ادامه دهید",
    trygg_bolig: "اینکه در داخل خانهٔ خود چقدر احساس امنیت می‌کنید",
    trygg_felles: "اینکه در راه‌پله، حویلی و اتاق‌های مشترک چقدر احساس امنیت می‌کنید",
    respekt: "اینکه با شما چطور رفتار می‌شود: عادلانه و با احترام",
    lyttet: "اینکه وقتی چیزی را اطلاع می‌دهید، چطور به شما گوش می‌دهند",
    informert: "معلوماتی که دربارهٔ اتفاقات محل زندگی‌تان می‌گیرید",
    naboer: "رابطه با همسایه‌ها",
    ro: "آرامش در ساختمان: سر و صدا و دعوای کم",
    fellesrom: "اتاق‌های مشترک و اینکه چطور می‌توانید از آن‌ها استفاده کنید",
    deltakelse: "فرصت‌های شرکت در فعالیت‌ها و تصمیم‌گیری",
  },
  janei: {
    kontakt: "آیا می‌دانید وقتی مشکلی در خانه یا ساختمان است، با چه کسی تماس بگیرید؟",
    beboerrad: "آیا می‌خواهید در جایی که زندگی می‌کنید شورای ساکنان وجود داشته باشد؟",
  },
  ja: "بلی",
  nei: "نخیر",
  omHusstanden: "دربارهٔ خانوادهٔ شما (اختیاری)",
  botid: "چه مدت است که اینجا زندگی می‌کنید؟",
  botidValg: ["کمتر از 2 سال", "2 تا 5 سال", "بیشتر از 5 سال"],
  barn: "آیا در خانوادهٔ شما کودکان زیر 18 سال زندگی می‌کنند؟",
  fritekst: "آیا چیز دیگری هست که بخواهید بگویید؟",
  fritekstHjelp: "نام یا چیزی که نشان دهد شما یا دیگران چه کسی هستید ننویسید.",
  lokale: "سؤال‌هایی از طرف ناحیه",
  neste: "ادامه",
  send: "جواب خود را بفرستید",
  takkTittel: "از جواب شما تشکر!",
  takk: "جواب شما ذخیره شد. این کُد دوباره قابل استفاده نیست.",
  brevNett: "کُد QR را با موبایل خود اسکن کنید، یا به {url} بروید و کُد را بنویسید.",
  feilKode: "کُد نامه را بنویسید.",
  feilUkjent: "این کُد را پیدا نکردیم. بررسی کنید که درست نوشته شده باشد.",
  feilBrukt: "این کُد قبلاً استفاده شده است. هر خانواده فقط یک بار می‌تواند جواب دهد.",
  feilStengt: "این نظرسنجی فعلاً باز نیست.",
  feilOppsummering: "لطفاً پیش از فرستادن این را درست کنید:",
};

const pl: Skjematekster = {
  navn: "Polski",
  tittel: "Ankieta o warunkach zamieszkania",
  ingress:
    "Chcemy wiedzieć, jak się mieszka tam, gdzie mieszkasz. Zajmie to około 5 minut. Możesz pominąć pytania.",
  anonymt:
    "Twoja odpowiedź jest anonimowa. Nie zapisujemy, kto odpowiedział ani kiedy. Pokazujemy liczby tylko wtedy, gdy odpowiedziało co najmniej 5 osób.",
  velgSprak: "Język",
  kode: "Kod z listu",
  kodeHjelp: "Kod jest w liście. Ma 10 znaków, na przykład ABCDE-23456.",
  sporsmalHjelp: "Co o tym myślisz?",
  skala: ["Bardzo źle", "Źle", "Tak sobie", "Dobrze", "Bardzo dobrze"],
  vetIkke: "Nie wiem",
  dimensjon: {
    helhet: "Ogólnie",
    bolig: "Mieszkanie i budynek",
    trygghet: "Bezpieczeństwo",
    utleier: "Szacunek i informacja",
    naboskap: "Sąsiedzi",
    medvirkning: "Wspólnota",
  },
  sporsmal: {
    helhet: "Mieszkanie tutaj, ogólnie",
    bolig: "Twoje mieszkanie",
    reparasjon: "Jak naprawia się rzeczy, gdy coś się zepsuje",
    vedlikehold: "Jak dba się o budynek i teren wokół niego",
    kontrakt: "Jak bardzo jesteś pewien/pewna, że możesz tu dalej mieszkać",
    trygg_bolig: "Jak bezpiecznie czujesz się w swoim mieszkaniu",
    trygg_felles:
      "Jak bezpiecznie czujesz się na klatce schodowej, na podwórku i we wspólnych pomieszczeniach",
    respekt: "Jak jesteś traktowany/traktowana: sprawiedliwie i z szacunkiem",
    lyttet: "Jak cię słuchają, gdy coś zgłaszasz",
    informert: "Informacje o tym, co dzieje się tam, gdzie mieszkasz",
    naboer: "Relacje z sąsiadami",
    ro: "Spokój w budynku: mało hałasu i konfliktów",
    fellesrom: "Wspólne pomieszczenia i to, jak możesz z nich korzystać",
    deltakelse: "Możliwości udziału w zajęciach i współdecydowania",
  },
  janei: {
    kontakt: "Czy wiesz, z kim się skontaktować, gdy coś jest nie tak z mieszkaniem lub budynkiem?",
    beboerrad: "Czy chcesz, żeby tam, gdzie mieszkasz, była rada mieszkańców?",
  },
  ja: "Tak",
  nei: "Nie",
  omHusstanden: "O twoim gospodarstwie domowym (nieobowiązkowe)",
  botid: "Jak długo tu mieszkasz?",
  botidValg: ["Krócej niż 2 lata", "2–5 lat", "Dłużej niż 5 lat"],
  barn: "Czy w twoim gospodarstwie domowym mieszkają dzieci poniżej 18 lat?",
  fritekst: "Czy chcesz powiedzieć coś jeszcze?",
  fritekstHjelp: "Nie pisz imion ani niczego, co pokazuje, kim jesteś ty lub inne osoby.",
  lokale: "Pytania od dzielnicy",
  neste: "Dalej",
  send: "Wyślij odpowiedź",
  takkTittel: "Dziękujemy za odpowiedź!",
  takk: "Twoja odpowiedź została zapisana. Kodu nie można użyć ponownie.",
  brevNett: "Zeskanuj kod QR telefonem albo wejdź na {url} i wpisz kod.",
  feilKode: "Wpisz kod z listu.",
  feilUkjent: "Nie możemy znaleźć tego kodu. Sprawdź, czy jest wpisany poprawnie.",
  feilBrukt: "Ten kod został już użyty. Każde gospodarstwo domowe może odpowiedzieć raz.",
  feilStengt: "Ankieta nie jest teraz otwarta.",
  feilOppsummering: "Popraw to przed wysłaniem:",
};

export const SKJEMATEKSTER: Readonly<Record<Svarsprak, Skjematekster>> = {
  nb,
  en,
  ar,
  so,
  ti,
  uk,
  "fa-AF": fa,
  pl,
};
