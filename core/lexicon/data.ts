// The base lexicon, as data. Arabic terms are written naturally and normalized at compile time.
// Arabic: a plain term matches a whole word after proclitics (و ف ب ل ك ال) are stripped; a term
// starting with '~' is a root, matched as a substring of a word (survives inflection and clitics).
// English: matched case-insensitively on word boundaries, unless listed in `enCase` (US, IS).
// User facts add terms of their own through FactTerms; compile.ts merges them with these.

export interface TermSet {
  ar: string[];
  en: string[];
  /** English terms matched case-sensitively. */
  enCase?: string[];
}

/** Actors and places. `kind` says whether the entity can be a place. */
export interface EntityDef extends TermSet {
  id: string;
  place?: boolean;
  actor?: boolean;
  /** Makes a sentence coalition-related on its own. */
  topic?: boolean;
  /** Nationality adjective stems (Arabic, normalized suffixes ي/يه/يين/يون/يا are added). */
  adjAr?: string[];
  adjEn?: string[];
  /** Parts of the place (cities, bases, regions): a level counted there is not the whole place's. */
  parts?: TermSet;
}

export const ENTITIES: EntityDef[] = [
  {
    id: 'US',
    actor: true,
    topic: true,
    ar: ['الولايات المتحدة', 'واشنطن', 'أميركا', 'أمريكا', 'البنتاغون', 'البنتاجون', 'سنتكوم', 'القيادة المركزية الأميركية', 'الأمريكان', 'الأميركان'],
    adjAr: ['أميركي', 'أمريكي', 'امريكي'],
    en: ['United States', 'America', 'Washington', 'Pentagon', 'CENTCOM', 'U.S.', 'U.S'],
    enCase: ['US', 'USA'],
    adjEn: ['American', 'Americans'],
  },
  {
    id: 'COALITION',
    actor: true,
    topic: true,
    ar: ['التحالف الدولي', 'التحالف', 'قوات التحالف', 'تحالف دولي', 'تحالفا دوليا', 'العزم الصلب', 'العزم الصلد', 'التحالف الدولي لهزيمة داعش', 'التحالف الدولي لدحر داعش'],
    // The coalition's full names hold "defeat": as one entity they are not a victory event.
    en: ['coalition', 'anti-ISIS alliance', 'anti-IS alliance', 'anti-Islamic State alliance', 'alliance against ISIS', 'alliance against the Islamic State', 'Operation Inherent Resolve', 'Inherent Resolve', 'CJTF-OIR', 'Global Coalition to Defeat ISIS', 'Coalition to Defeat ISIS', 'Global Coalition Against Daesh', 'D-ISIS Coalition', 'Defeat-ISIS coalition'],
  },
  {
    id: 'ISIS',
    actor: true,
    topic: true,
    ar: ['داعش', 'تنظيم الدولة', 'الدولة الإسلامية', 'الدواعش', 'تنظيم داعش'],
    en: ['ISIS', 'ISIL', 'Islamic State', 'Daesh', 'Daash'],
    enCase: ['IS'],
  },
  {
    id: 'FOREIGN_FORCES',
    actor: true,
    topic: true,
    ar: ['القوات الأجنبية', 'القوات الدولية', 'المستشارين الدوليين'],
    en: ['foreign forces', 'foreign troops'],
  },
  {
    id: 'FACTIONS',
    actor: true,
    ar: ['المقاومة الإسلامية في العراق', 'كتائب حزب الله', 'حزب الله العراقي', 'الحشد الشعبي', 'فصائل', 'الفصائل', 'الميليشيات', 'ميليشيات'],
    en: ['Islamic Resistance in Iraq', 'Kataib Hezbollah', "Kata'ib Hezbollah", 'Popular Mobilization', 'militias', 'militia', 'PMF'],
  },
  {
    // Local forces the coalition trains and supports: "18 ألف عنصر من البيشمركة" are not its troops.
    id: 'LOCAL_FORCES',
    actor: true,
    ar: ['البيشمركة', 'البشمركة', 'قوات سوريا الديمقراطية', 'قسد'],
    en: ['Peshmerga', 'Syrian Democratic Forces', 'SDF'],
  },
  {
    // Other states with troops in Iraq or Syria, in the coalition or not: "The UK has about 1,000
    // personnel committed to the coalition", "وتنشر فرنسا نحو 600 جندي" are not the US level.
    // (Not Iran: "Iran-backed militias" are attackers, whose actor a running total drops.)
    id: 'OTHER_STATES',
    actor: true,
    ar: ['بريطانيا', 'المملكة المتحدة', 'فرنسا', 'ألمانيا', 'أستراليا', 'كندا', 'إيطاليا', 'إسبانيا', 'هولندا', 'الدنمارك', 'النرويج', 'بلجيكا', 'تركيا', 'روسيا'],
    adjAr: ['بريطاني', 'فرنسي', 'ألماني', 'أسترالي', 'كندي', 'إيطالي', 'إسباني', 'هولندي', 'دنماركي', 'نرويجي', 'بلجيكي', 'تركي', 'روسي'],
    en: ['Britain', 'United Kingdom', 'U.K.', 'France', 'Germany', 'Australia', 'Canada', 'Italy', 'Spain', 'Netherlands', 'Denmark', 'Norway', 'Belgium', 'Turkey', 'Türkiye', 'Russia'],
    enCase: ['UK'],
    adjEn: ['British', 'French', 'German', 'Australian', 'Canadian', 'Italian', 'Spanish', 'Dutch', 'Danish', 'Norwegian', 'Belgian', 'Turkish', 'Russian'],
  },
  {
    // NATO's own mission in Iraq: its staff are not the coalition's troops.
    id: 'NATO',
    actor: true,
    ar: ['حلف شمال الأطلسي', 'حلف الناتو', 'الناتو', 'الأطلسي'],
    en: ['NATO', 'North Atlantic Treaty Organization'],
  },
  {
    id: 'IQ',
    place: true,
    actor: true,
    ar: ['العراق'],
    adjAr: ['عراقي'],
    en: ['Iraq'],
    adjEn: ['Iraqi', 'Iraqis'],
    parts: {
      ar: ['بغداد', 'أربيل', 'عين الأسد', 'كردستان', 'إقليم كردستان', 'الإقليم', 'الأنبار', 'حرير', 'الموصل', 'فكتوريا', 'فيكتوريا'],
      en: ['Baghdad', 'Erbil', 'Ain al-Asad', 'Ain al-Assad', 'Al-Asad', 'Al Asad', 'Kurdistan', 'Anbar', 'Harir', 'Mosul'],
    },
  },
  {
    id: 'SY',
    place: true,
    actor: true,
    ar: ['سوريا', 'سورية', 'الشام'],
    adjAr: ['سوري'],
    en: ['Syria'],
    adjEn: ['Syrian'],
    parts: {
      ar: ['دمشق', 'التنف', 'دير الزور', 'الحسكة', 'الرقة', 'الشدادي', 'كونيكو', 'كونوكو', 'حقل العمر', 'رميلان', 'الرميلان', 'شرق الفرات', 'شرقي الفرات', 'الباغوز'],
      en: ['Damascus', 'al-Tanf', 'Tanf', 'Deir ez-Zor', 'Deir el-Zour', 'Hasakah', 'Raqqa', 'Shaddadi', 'Conoco', 'al-Omar', 'Rumeilan', 'east of the Euphrates', 'Baghouz', 'Baghuz'],
    },
  },
  {
    id: 'JO',
    place: true,
    actor: true,
    ar: ['الأردن', 'الأردنية'],
    adjAr: ['أردني'],
    en: ['Jordan'],
    parts: { ar: ['البرج 22'], en: ['Tower 22'] },
    adjEn: ['Jordanian'],
  },
  {
    id: 'KW',
    place: true,
    ar: ['الكويت'],
    adjAr: ['كويتي'],
    en: ['Kuwait'],
    adjEn: ['Kuwaiti'],
  },
  {
    // Other countries where US troops are counted ("1,000 in Niger", "في النيجر"): levels there are no claim on Iraq's or Syria's.
    id: 'ELSEWHERE',
    place: true,
    ar: ['النيجر', 'تشاد', 'الصومال', 'أفغانستان', 'اليابان', 'كوريا الجنوبية', 'بولندا', 'قطر', 'البحرين', 'جيبوتي', 'ليبيا', 'أغاديز', 'نيامي', 'دارفور', 'السودان'],
    en: ['Niger', 'Somalia', 'Afghanistan', 'Japan', 'South Korea', 'Korea', 'Poland', 'Qatar', 'Bahrain', 'Djibouti', 'Libya', 'Sahel', 'Agadez', 'Niamey', 'Darfur', 'Sudan'],
  },
  {
    id: 'PARLIAMENT',
    actor: true,
    ar: ['البرلمان', 'مجلس النواب', 'البرلمان العراقي', 'البرلماني', 'برلماني', 'النيابي', 'نيابي', 'النواب', 'نواب', 'برلماننا', 'مجلس نوابنا', 'نوابنا', 'نوابها'],
    en: ['parliament', 'lawmakers', 'Council of Representatives', 'legislators', 'parliamentary', 'MPs', 'parliamentarians', 'members of parliament'],
  },
  {
    id: 'DAVOS',
    place: true,
    ar: ['دافوس', 'المنتدى الاقتصادي العالمي'],
    en: ['Davos', 'World Economic Forum', 'WEF'],
  },
];

/** Words and roots that tie a figure to an event or predicate. */
export interface ConceptDef extends TermSet {
  id: string;
}

export const CONCEPTS: ConceptDef[] = [
  { id: 'kill', ar: ['~قتل', '~مقتل', '~قتلي', '~مصرع', 'حتفهم', 'لقوا حتفهم', '~استشهد', '~بحياه', '~اودي', 'اودت', 'واودت', 'فاودت', 'مات', 'ماتوا', 'توفي', 'توفوا', 'سقطوا', 'سقط', 'قضي', 'اردت', 'فاردت', 'خسرت', 'خسر', 'خسروا', 'خسرنا', 'فقدت', 'فقدنا', 'فقدوا', 'انكتلوا', '~هلاك', 'هلك', 'هلكوا', 'نفوق'], en: ['killed', 'killing', 'kill', 'kills', 'slain', 'took the lives', 'claimed the lives', 'taking the lives', 'taken the lives', 'claiming the lives', 'took the life', 'dead', 'deaths', 'died', 'death', 'fatalities', 'lost their lives', 'we lost', 'lost four', 'lost three', 'lost two', 'lost five', 'US lost', 'U.S. lost', 'America lost', 'Washington lost', 'Americans lost', 'Pentagon lost', 'military lost', 'army lost', 'their lives'] },
  { id: 'wound', ar: ['~اصيب', '~اصابه', '~اصابات', '~جرحي', '~جريح', '~مصاب', '~جرح', 'أصابت', 'أصاب', 'أصابوا', 'انصابوا', 'انصاب', 'اتصابوا', 'تصاوبوا', 'انجرحوا'], en: ['wounded', 'injured', 'injuries', 'wounding', 'injuring', 'hurt', 'wounds'] },
  { id: 'deploy', ar: ['~نشر', '~ينشر', '~تنشر', '~نتشر', '~تمركز', '~متمركز', '~تواجد', '~وجود', '~تحتفظ', '~يحتفظ', '~ارسال', '~ارسل'], en: ['deploy', 'deployed', 'deploys', 'stationed', 'station', 'maintains', 'maintain', 'keeps', 'has', 'have', 'presence', 'based'] },
  { id: 'attack', ar: ['~هجوم', '~هجمات', '~هجم', '~اعتداء', '~استهداف', '~يستهدف', '~تستهدف', '~استهدف', '~هوجم', '~اقتحام', 'ضربه', 'الضربه', 'بضربه', 'والضربه', 'ضربوهم', 'ضربونا', 'انضربوا', 'انضربت', 'هاجمت', 'هاجموا', 'هاجم', 'تهاجم', 'يهاجم', 'يهاجمون', 'سقطت مسيره', 'ضربت مسيره', 'مسيره ضربت', 'طائره مسيره ضربت'], en: ['attack', 'attacks', 'attacked', 'attacking', 'assault', 'assaults', 'targeted', 'targeting', 'struck', 'deadliest', 'gone after', 'went after', 'go after', 'fired on', 'fired at', 'drone hit', 'drone slammed into', 'drone crashed into', 'one-way drone', 'one-way attack drone', 'came under fire', 'under fire', 'hit American', 'hit U.S.', 'hit US', 'hit coalition'] },
  // Not the roots شكل/تكون/قيام: "بشكل حاد", "أن تكون", "قيام القوات بـ" are everywhere.
  { id: 'found', ar: ['~انشئ', '~انشا', '~انشاء', '~تاسس', '~تاسيس', '~اسس', '~تشكل', '~تشكيل', '~شكلت', '~شكله', 'شكل التحالف', 'الذي شكل', 'شكل عام', 'شكل في', 'الاعلان عن التحالف', 'اعلان تشكيل', 'اعلان تاسيس', 'شكلت التحالف', '~اطلاق', 'تكون التحالف', '~ولد', '~انطلق', '~انطلاق', 'قيام التحالف', 'المولود', 'مولود', 'دخل', 'دخلت', 'اتعمل', 'اتاسس', 'اتشكل', 'انعمل', 'يعود الى عام', 'يعود تاريخه الى', 'تعود الى عام', 'جاء الى العراق', 'جاءت الى العراق', 'قدم الى العراق', 'نشاه', 'نشات', 'نشا', '~نشوء', 'نشوئه', 'ابصر النور', '~اخترع'], en: ['formed', 'founded', 'established', 'created', 'set up', 'launched', 'formation', 'founding', 'assembled', 'creation', 'inception', 'establishment', 'birth', 'was born', 'came into being', 'stood up', 'put together', 'pulled together', 'helped build', 'helped to build', 'helped form', 'helped create', 'assembles', 'forged', 'came together', 'got together', 'took shape', 'came into existence', 'entered Iraq', 'came to Iraq', 'arrived in Iraq', 'dates to', 'dates back to', 'date back to', 'dating to', 'dating back to', 'dates from', 'dating from', 'started in', 'began in', 'was started', 'started up', 'got its start', 'got started', 'got going', 'earliest days', 'its early days', 'origins lie', 'cooked up', 'invented', 'stitched together', 'came from', 'unveiled'] },
  // A role that is no longer combat says the combat mission ended ("advise-and-assist role since 2021").
  { id: 'advisory_role', ar: ['غير قتالي', 'غير قتاليه', 'غير القتاليه', 'دور استشاري', 'الدور الاستشاري', 'مهمه استشاريه', 'المهمه الاستشاريه'], en: ['non-combat', 'noncombat', 'advisory role', 'advise-and-assist role', 'advise and assist role', 'advise, assist and enable', 'advise, assist, and enable', 'stopped fighting', 'quit fighting', 'stopped its combat', 'ended its combat', 'advise-and-assist only', 'advise and assist only'] },
  // "تحولت إلى المشورة والتدريب", "shifted to advising": with a transition, the combat mission's end.
  { id: 'advice', ar: ['المشوره', 'مشوره', 'الاستشاره', 'الاستشارات', 'تقديم المشوره', 'التدريب والاستشاره'], en: ['advising', 'advise and train', 'training and advising', 'advising and training', 'advisory mission', 'train-and-advise'] },
  // A change of role: with advice, the end of the combat mission ("انتقل دور التحالف إلى تقديم المشورة").
  // (تحول, shifted and transition are 'end' words already.)
  { id: 'transition', ar: ['~نتقل', '~انتقال'], en: ['transitioned', 'moved', 'switched', 'changed'] },
  { id: 'combat', ar: ['~القتاليه', '~قتاليه', 'القتالي', 'قتالي', 'دوره القتالي', 'دورها القتالي', 'صفحه القتال', 'القتال خلص'], en: ['combat', 'advise, assist', 'advise and assist', 'advise-and-assist', 'fighting phase', 'combat phase', 'fighting role', 'fighting mission', 'fighting part', 'combat operations'] },
  { id: 'end', ar: ['~انتهاء', '~انهاء', '~نهايه', '~انتهت', '~انهت', '~ينهي', '~تنهي', 'أنهى', 'انهينا', 'انهوا', '~نتهي', '~اختتام', '~تحول', '~استشاريه', '~تحويل', 'لم تعد', 'لم يعد', '~توقف', '~انقضاء', 'انتهاوها', 'انتهاءها', 'انتهاؤها', '~اسدل', 'يطوي', 'تطوي', 'طوى', 'طوت', 'طي', 'خلصت', 'خلص', 'انهيت', 'أنهيت', 'تخلص', 'يخلص', 'أقفلت', 'اقفلت', 'أقفل', 'اقفل', 'أغلق', 'اغلق', 'أغلقت', 'اغلقت', 'أُغلق', 'أُقفلت'], en: ['end', 'declared over', 'ended', 'ends', 'ending', 'concluded', 'transition', 'advisory', 'shifted', 'shift', 'wrapped up', 'was over', 'is over', 'role over', 'mission over', 'wound down', 'came to an end', 'drew to a close', 'ceased', 'were over', 'are over', 'no longer', 'finished', 'terminated', 'conclusion', 'handed over', 'stopped', 'dropped', 'halted', 'came to a close', 'shut down', 'retired', 'handed off', 'expired', 'closed out', 'closed', 'closed with', 'wound up', 'mothballed', 'packed up', 'ran out'] },
  { id: 'vote', ar: ['~صوت', '~تصويت', '~قرار', 'قرر', 'قررت', 'اقر', 'اقرت', 'طالب البرلمان', 'طالب مجلس النواب', 'طالب النواب', 'طالبوا', 'طالبت'], en: ['vote', 'voted', 'votes', 'voting', 'resolution', 'motion', 'demanded foreign forces', 'demanded foreign troops', 'demanded that foreign', 'told us to leave', 'kicked us out', 'kicked them out', 'told us to get out', 'told them to get out', 'told the Americans to get out', 'told them to leave', 'told the Americans to leave', 'asked us to leave', 'showed us the door', 'showed them the door', 'showed the Americans the door', 'demanded', 'backed the expulsion'] },
  { id: 'victory', ar: ['~انتصار', '~انتصر', '~النصر', '~هزيمه', '~هزيمت', '~هزم', '~دحر', '~تحرير'], en: ['victory', 'defeat', 'defeated', 'defeats', 'vanquished', 'routed', 'win over', 'won the war', 'won the fight'] },
  // "Iraq beat ISIS": "beat" alone is too loose ("beat back an attack"); with the group it is the victory.
  { id: 'beat_isis', ar: [], en: ['beat ISIS', 'beat the Islamic State', 'beat Daesh', 'beat IS', 'ISIS beaten', 'Daesh beaten', 'the group beaten', 'ISIS defeated', 'the group defeated', 'ISIS was beaten', 'ISIS was defeated', 'the group was beaten', 'the group was defeated', 'lost its last territory', 'lost the last of its territory', 'lost its last stronghold', 'militants beaten', 'the militants beaten', 'militants defeated', 'the militants defeated', "militants' defeat", "the militants' defeat", 'ISIS militarily beaten', 'ISIS militarily defeated', 'ISIS was finished', 'announced it had won', 'had won against ISIS', 'triumph over ISIS', 'triumph against the jihadists', 'victory speech', 'ISIS finished', 'pronounced ISIS', 'declared ISIS', 'beaten the group', 'beaten ISIS', 'beaten Daesh', 'beaten the Islamic State', 'beaten the militants', 'beat the group', 'defeated the group', 'had defeated ISIS', 'had defeated Daesh'] },
  // "met a second time in July 2024": the meeting verb with its ordinal ("met" alone is any meeting).
  { id: 'met_second', ar: ['انعقدت للمره الثانيه', 'تنعقد للمره الثانيه', 'اجتمعت للمره الثانيه', 'لقاء ثان', 'لقاء ثاني'], en: ['met a second time', 'met for a second time', 'met for the second time', 'meet a second time', 'meet for a second time', 'meet for the second time', 'convened a second time', 'convened for a second time', 'convened for the second time', 'convenes a second time', 'sat a second time', 'gathered a second time', 'gathered for a second time'] },
  { id: 'talks', ar: ['~محادثات', '~مفاوضات', '~المباحثات', '~مباحثات', '~حوار', '~اجتماعات', '~اللجنه', 'للجنه', 'وللجنه'], en: ['talks', 'negotiations', 'dialogue', 'commission', 'committee', 'HMC'] },
  // Not the root علق: "معلقاً" is commenting.
  { id: 'suspend', ar: ['علق', 'علقت', 'علقوا', 'يعلق', 'معلقه', 'معلق', '~تعليق', '~توقف', '~اوقف', '~جمد', '~تجميد', 'تعلقت', 'تجمدت', 'انجمدت', 'اتجمدت'], en: ['suspended', 'paused', 'halted', 'suspension', 'frozen', 'froze', 'on hold', 'put on ice', 'shelved', 'on ice', 'hit pause', 'hit the pause button', 'pressed pause'] },
  // "the commission's first session was on Jan. 27": its first meeting launched the talks.
  { id: 'launch', ar: ['~اطلق', '~انطلق', '~بدء', '~بدات', '~انطلاق', '~افتتح', 'الجولة الأولى', 'الاجتماع الأول', 'الجلسة الأولى', 'أولى جولات', 'أول اجتماع', 'أول جولة'], en: ['launched', 'began', 'started', 'opened', 'kicked off', 'first session', 'first meeting', 'first round', 'inaugural meeting', 'inaugural session'] },
  { id: 'resume', ar: ['~استئناف', '~ستانف', '~ستؤنف', 'عادت', 'عاد'], en: ['resumed', 'resume', 'resumption', 'picked them up again', 'picked up again', 'picked back up', 'restarted', 'reconvened', 'started again', 'began again', 'got going again', 'back on'] },
  // "a second session of the commission": with the talks named, its second meeting.
  { id: 'sitting', ar: [], en: ['session', 'sitting', 'sessions', 'sittings'] },
  { id: 'meeting', ar: ['~اجتماع', '~اجتماعها', 'التام', 'التامت', 'تلتئم', 'ستلتئم', 'الجلسه', 'جلستها', 'جلسته', 'جلست', 'اجتمعت', 'تجتمع', 'ستجتمع', 'لقاءها', 'لقاؤها', 'لقاءه', 'اللقاء', 'لقاء'], en: ['meeting'] },
  // "تحالف وُلد عام 2015": an indefinite "coalition" with its founding verb right after it is this
  // coalition (a bloc like «تحالف الفتح» has its name after the word, not a verb).
  // "put that coalition together in 2015", "the coalition we built in 2015": the verb's object.
  {
    id: 'coalition_born',
    ar: ['تحالف ولد', 'تحالف تاسس', 'تحالف تشكل', 'تحالف انشئ', 'تحالف اسس', 'تحالف شكل', 'تحالف نشا', 'ولاده التحالف', 'ميلاد التحالف', 'اعلان التحالف', 'واعلان التحالف', 'باعلان التحالف', 'التحالف الذي جاء', 'التحالف جاء', 'والتحالف جاء', 'تحالف جاء', 'التحالف جا', 'والتحالف جا', 'التحالف اجا', 'والتحالف اجا', 'التحالف الذي قام', 'تحالف قام', 'تحالف دولي قام', 'التحالف الدولي الذي قام'],
    en: ['put the coalition together', 'put that coalition together', 'put this coalition together', 'built that coalition', 'built the coalition', 'built this coalition', 'coalition it built', 'coalition built', 'coalition Washington built', 'coalition America built', 'alliance it built', 'alliance Washington built', 'formed that coalition', 'created that coalition', 'created the coalition', 'assembled the coalition', 'assembled that coalition', 'coalition we built', 'coalition we formed', 'coalition we put together', 'coalition was built', 'alliance took shape', 'alliance was formed', 'alliance was founded', 'coalition came in', 'coalition arrived in', 'coalition got here in', 'coalition start', "coalition's start", 'coalition began', 'coalition started'],
  },
  // «أُعلن التحالف في أيلول 2014», «التحالف الذي أُعلن عنه»: announced, it was founded. Unvowelled, the
  // same words say the coalition announced something ("أعلن التحالف في 3 شباط مقتل…"), so this
  // reading only confirms (EventRule.implied).
  {
    id: 'announced',
    ar: ['اعلن', 'واعلن', 'اعلن عنه', 'اعلن عنها', '~اعلان', 'اطلقته', 'اطلقتها', 'اطلقه', 'بني', 'انطلق'],
    en: ['announced', 'unveiled', 'was built', 'was launched', 'kicked off', 'put in place', 'rolled out'],
  },
  // Meeting "again" may be the second meeting or the talks resumed after a pause: it only confirms.
  {
    id: 'meet_again',
    ar: ['اجتمعت مجددا', 'تجتمع مجددا', 'ستجتمع مجددا', 'اجتمعت مره اخري', 'تجتمع مره اخري', 'عاودت الاجتماع', 'تعاود الاجتماع', 'ستعاود الاجتماع', 'التامت مجددا', 'تلتئم مجددا', 'ستلتئم مجددا'],
    en: ['met again', 'meet again', 'meets again', 'reconvene', 'reconvened', 'reconvenes', 'reconvening', 'convene again', 'convened again', 'get together again', 'gets together again', 'got together again', 'sit down again', 'gather again', 'sat down together again', 'sat down again'],
  },
  // "its next session in July", «اجتماعها المقبل في تموز»: after the talks' first round, the second meeting.
  { id: 'next_meeting', ar: ['اجتماعها المقبل', 'الاجتماع المقبل', 'اجتماعها القادم', 'الاجتماع القادم', 'الاجتماع الجاي', 'جولتها المقبله', 'الجوله المقبله', 'الجوله القادمه', 'لقاءها المقبل', 'اللقاء المقبل'], en: ['next session', 'next meeting', 'next round', 'convene once more', 'meet once more'] },
  { id: 'war', ar: ['الحرب', 'حرب'], en: ['war'] },
  // In this story, declaring victory is declaring it over ISIS ("رغم إعلان النصر عليه في كانون الأول 2017").
  // Only a parliament votes foreign troops out: "Baghdad voted us out in 2019".
  { id: 'voted_out', ar: [], en: ['voted us out', 'voted them out', 'voted the Americans out', 'voted U.S. troops out', 'voted American troops out', 'vote to eject US', 'vote to eject U.S.', 'vote to eject American', 'vote to eject foreign', 'vote to eject the Americans', 'vote to eject the coalition', 'vote to expel US', 'vote to expel U.S.', 'vote to expel American', 'vote to expel foreign', 'vote to expel the Americans', 'vote to expel the coalition', 'vote to oust US', 'vote to oust U.S.', 'vote to oust American', 'vote to oust foreign', 'vote to oust the Americans', 'vote to oust the coalition', 'voted to eject US', 'voted to eject U.S.', 'voted to eject American', 'voted to eject foreign', 'voted to eject the Americans', 'voted to eject the coalition', 'voted to expel US', 'voted to expel U.S.', 'voted to expel American', 'voted to expel foreign', 'voted to expel the Americans', 'voted to expel the coalition', 'voted to oust US', 'voted to oust U.S.', 'voted to oust American', 'voted to oust foreign', 'voted to oust the Americans', 'voted to oust the coalition', 'told foreign forces to', 'told foreign troops to'] },
  { id: 'victory_declared', ar: ['اعلان النصر', 'اعلن النصر', 'اعلنت النصر', 'اعلنا النصر', 'النصر اعلن', 'النصر النهائي اعلن'], en: ['declared victory', 'declaration of victory', 'victory announcement', 'announced victory', 'proclaimed victory', 'victory was declared', 'victory was announced', 'Victory declared'] },
  // A round of the talks: with "second" and the talks named, the committee's second meeting.
  { id: 'round', ar: ['جوله', 'الجوله', 'جولتها', 'جولته', 'جولات'], en: ['round'] },
  { id: 'second', ar: ['~الثاني', '~ثاني', 'ثان', 'ثانيه'], en: ['second'] },
  // "Round two of the commission's talks": the second round, the words in the other order.
  { id: 'round_two', ar: [], en: ['round two', 'round 2', 'round No. 2'] },
  // With the minister named, going to Washington is the visit.
  // Not the root زار: it is inside وزارة (ministry).
  { id: 'visit', ar: ['~زياره', '~زيارت', 'زار', 'زارت', 'زاروا', 'يزور', 'تزور', 'وفد', 'وفدا', 'بوفد', 'على راس وفد', 'الى واشنطن', 'الى العاصمه الاميركيه', 'الى العاصمه الامريكيه', '~سفر', 'قصد واشنطن', 'راح لواشنطن', 'سافر لواشنطن', 'راح على واشنطن'], en: ['visit', 'visited', 'visits', 'visiting', 'trip', 'delegation', 'led a delegation', 'to Washington', 'traveled to Washington', 'travelled to Washington', 'came here', 'came to Washington', 'flew to Washington', 'flew here'] },
  { id: 'defmin', ar: ['وزير الدفاع', 'وزير دفاعها', 'وزير دفاعه', 'وزير دفاعنا', 'وزير دفاع العراق', 'ثابت العباسي', 'الوزير العباسي', 'العباسي', 'وزاره الدفاع العراقيه', 'وفد وزاره الدفاع'], en: ['defence minister', 'defense minister', 'Thabet al-Abbasi', 'Thabit al-Abbasi', 'al-Abbasi'] },
  // Other events these stories date, so that their dates are not read as the coalition's: the fall
  // of Mosul (June 2014), the battle to retake it (2016–2017), the 2003 invasion.
  {
    id: 'mosul_fall',
    ar: ['سقوط الموصل', 'سقطت الموصل', 'اجتياح الموصل', 'اجتاح الموصل', 'احتلال الموصل', 'اجتياحه الموصل', 'اجتاحت الموصل'],
    en: ['fall of Mosul', 'Mosul fell', 'overran Mosul', 'seized Mosul', 'captured Mosul', 'took Mosul', 'overrunning Mosul'],
  },
  {
    id: 'mosul_battle',
    ar: ['معركه الموصل', 'معركه تحرير الموصل', 'معركه استعاده الموصل', 'عمليه تحرير الموصل', 'عمليات تحرير الموصل'],
    en: ['battle of Mosul', 'battle for Mosul', 'Mosul offensive', 'offensive on Mosul', 'campaign to retake Mosul'],
  },
  { id: 'invasion', ar: ['الغزو الامريكي', 'الغزو الاميركي', 'غزو العراق', 'الغزو'], en: ['invasion', 'invaded Iraq'] },
  { id: 'revolution', ar: ['~ثوره', '~انتفاضه'], en: ['revolution', 'uprising'] },
  { id: 'hamas', ar: ['حماس', '~غزه', '~اسرائيل', 'طوفان الأقصى'], en: ['Hamas', 'Gaza', 'Israel', 'Al-Aqsa Flood'] },
  { id: 'isis_ref', ar: ['التنظيم', 'التنظيم المتطرف', 'التنظيم الإرهابي', 'دولة الخلافة', 'الخلافة'], en: ['the caliphate', 'the group', 'the militant group', 'the jihadist group', 'the extremist group', 'the militants', 'the jihadists', 'the extremists'] },
  { id: 'events', ar: ['احداث', 'أحداث', 'طوفان الأقصى'], en: ['events', 'Al-Aqsa Flood'] },
  { id: 'incomplete', ar: ['لم تكتمل', 'لم تنته', 'لم تنتهي', 'غير منجزه', 'غير مكتمله', 'ناقصه', 'لم يكتمل', 'لم تنجز', 'لم تستكمل', 'لم ينجز', 'لم يكمل', 'لم تكمل', 'لم يفرغ', 'لم تفرغ', 'ما زال ناقصا', 'مازال ناقصا', 'لا يزال ناقصا', 'ما زالت ناقصه', 'لا تزال ناقصه'], en: ['not complete', 'not been completed', 'incomplete', 'not over', 'not finished', 'unfinished', 'not yet done'] },
  // What a statement calls incomplete: the mission, not a family's return («لم تكتمل عودتها»).
  { id: 'mission', ar: ['~مهمه', '~مهمت', 'المهمه', 'مهام', 'المهام', 'مهامه', 'مهامها', 'العمل', 'عمله', 'عملها', 'الحمله'], en: ['mission', 'job', 'task', 'work', 'campaign', 'fight'] },
  { id: 'session', ar: ['~دوره', '~دورته', '~نسخه', '~نسخته', 'الاجتماع السنوي', 'السنوي'], en: ['session', 'edition', 'annual meeting', 'meeting', 'forum', 'gathering'] },
  { id: 'withdraw', ar: ['~انسحاب', '~سحب', '~انسحب'], en: ['withdraw', 'withdrawal', 'withdrew', 'pull out', 'pullout'] },
];

/** Counted nouns. Forms are explicit (singular, accusative, plural, dual) so a dual can read as 2. */
export interface UnitDef {
  id: string;
  ar: string[];
  /** Dual forms: the noun alone counts 2. */
  arDual?: string[];
  en: string[];
}

export const UNITS: UnitDef[] = [
  {
    id: 'troops',
    ar: ['جندي', 'جنديا', 'جنود', 'عسكري', 'عسكريا', 'عسكريين', 'عسكريون', 'عنصر', 'عنصرا', 'عناصر', 'فرد', 'فردا', 'أفراد', 'مستشار', 'مستشارا', 'مستشارين', 'مستشارون', 'جنديا أميركيا', 'قوات', 'قواتها', 'جنودها', 'عسكرييها', 'مجند', 'مجندا', 'مجندين', 'جنوده', 'قواته', 'الجنود', 'العسكريين', 'جنودنا', 'قواتنا', 'جنودهم', 'قواتهم'],
    arDual: ['جنديين', 'جنديان', 'جنديي'],
    en: ['troops', 'soldiers', 'soldier', 'service members', 'servicemembers', 'service member', 'personnel', 'advisers', 'advisors', 'marines', 'troop', 'servicemen', 'military personnel', 'forces', 'force posture', 'boots on the ground', 'reservists', 'Army reservists', 'guardsmen', 'guys', 'members of our armed forces', 'members of the armed forces', 'members of the U.S. armed forces', 'members of the US armed forces', 'members of the U.S. military', 'members of the US military'],
  },
  // "10,000 Americans in Iraq", "5,000 GIs", "2,000 occupiers": a troop level, or a toll ("four
  // Americans killed in Jordan": on these pages the dead Americans are the service members).
  { id: 'americans', ar: ['الأمريكان', 'الأميركان', 'أمريكان', 'أميركان', 'أمريكيين', 'أميركيين'], en: ['Americans', 'GIs', 'G.I.s', 'occupiers'] },
  {
    id: 'attacks',
    ar: ['هجوم', 'هجوما', 'هجمات', 'هجمه', 'اعتداء', 'اعتداءات', 'اعتداءا', 'عمليه', 'عمليات', 'هجمات صاروخيه'],
    arDual: ['هجومين', 'هجومان', 'هجمتين', 'اعتداءين'],
    en: ['attacks', 'attack', 'assaults', 'strikes on', 'operations', 'volleys', 'salvos', 'barrages'],
  },
  { id: 'strikes', ar: ['غاره', 'غارات', 'ضربه', 'ضربات', 'ضربة جوية', 'غارة جوية'], arDual: ['غارتين', 'ضربتين'], en: ['strikes', 'airstrikes', 'air strikes', 'raids', 'strike'] },
  { id: 'killed', ar: ['قتيل', 'قتيلا', 'قتلى', 'قتلي', 'شهيد', 'شهداء', 'شهيدا'], arDual: ['قتيلين'], en: ['dead', 'deaths', 'fatalities', 'killed', 'American lives', 'U.S. lives', 'US lives'] },
  { id: 'wounded', ar: ['جريح', 'جريحا', 'جرحى', 'جرحي', 'مصاب', 'مصابا', 'مصابين', 'مصابون', 'إصابة', 'إصابات'], arDual: ['جريحين'], en: ['wounded', 'injured', 'injuries'] },
  { id: 'times', ar: ['مره', 'مرات'], arDual: ['مرتين'], en: ['times', 'occasions'] },
  { id: 'drones', ar: ['مسيره', 'مسيرات', 'طائره', 'طائرات', 'درون', 'طائرة مسيرة', 'طائرات مسيرة'], arDual: ['طائرتين', 'مسيرتين'], en: ['drones', 'drone', 'UAVs'] },
  { id: 'rockets', ar: ['صاروخ', 'صاروخا', 'صواريخ', 'قذيفه', 'قذائف', 'قذيفة'], arDual: ['صاروخين'], en: ['rockets', 'missiles', 'rocket', 'missile'] },
  { id: 'bases', ar: ['قاعده', 'قواعد', 'قاعدة عسكرية'], arDual: ['قاعدتين'], en: ['bases', 'base'] },
  { id: 'countries', ar: ['دوله', 'دول', 'دولا', 'بلدا', 'بلدان', 'بلد', 'عضوا', 'أعضاء'], arDual: ['دولتين'], en: ['countries', 'nations', 'member states', 'members', 'partners'] },
  { id: 'fighters', ar: ['مقاتل', 'مقاتلا', 'مقاتلين', 'مسلح', 'مسلحا', 'مسلحين', 'إرهابي', 'إرهابيا', 'إرهابيين', 'داعشي', 'داعشيا'], en: ['fighters', 'militants', 'jihadists', 'insurgents'] },
  { id: 'people', ar: ['شخص', 'شخصا', 'أشخاص', 'مدني', 'مدنيا', 'مدنيين', 'نازح', 'نازحا', 'نازحين', 'لاجئ', 'لاجئا', 'لاجئين', 'طالب', 'طالبا', 'طلاب', 'مواطن', 'مواطنا', 'مواطنين'], en: ['people', 'civilians', 'persons', 'refugees', 'residents'] },
  // Units that make a number plainly something else (never a coalition claim).
  { id: 'money', ar: ['دولار', 'دولارا', 'دولارات', 'يورو', 'دينار', 'دينارا', 'جنيه', 'جنيها', 'ريال', 'ريالا', 'ليره', 'درهم', 'مليار دولار', 'مليون دولار'], en: ['dollars', 'euros', 'dinars', 'pounds', 'USD'] },
  { id: 'duration', ar: ['يوم', 'يوما', 'أيام', 'ساعه', 'ساعات', 'دقيقه', 'دقائق', 'أسبوع', 'أسابيع', 'شهر', 'شهرا', 'أشهر', 'شهور', 'سنه', 'سنوات', 'سنين', 'عام', 'عاما', 'أعوام', 'ثانيه'], arDual: ['يومين', 'شهرين', 'عامين', 'سنتين', 'أسبوعين', 'ساعتين'], en: ['days', 'hours', 'minutes', 'weeks', 'months', 'years', 'seconds', 'day', 'hour', 'week', 'month', 'year'] },
  { id: 'distance', ar: ['كيلومتر', 'كيلومترا', 'كلم', 'كم', 'متر', 'مترا', 'ميل', 'ميلا'], en: ['km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters'] },
  { id: 'things', ar: ['مدرسه', 'مدارس', 'مشروع', 'مشروعا', 'مشاريع', 'منظمه', 'منظمات', 'جامعه', 'جامعات', 'مستشفى', 'مباراه', 'هدف', 'أهداف', 'نقطه', 'نقاط', 'مشاهده', 'مشاهدات', 'صفحه', 'كتاب', 'منزل', 'منازل', 'طن', 'برميل', 'ميغاواط', 'ولايات', 'ولاية', 'لقاءات', 'مقعد', 'مقعدا', 'صوتا', 'نائبا', 'نائب'], en: ['schools', 'projects', 'organizations', 'organisations', 'goals', 'points', 'views', 'pages', 'tons', 'barrels', 'seats', 'votes', 'states', 'lawmakers'] },
  { id: 'session', ar: ['دوره', 'نسخه', 'الاجتماع السنوي'], en: ['session', 'edition', 'annual meeting', 'World Economic Forum'] },
];

/**
 * Phrases that make a sentence about the coalition's forces without naming the coalition or the
 * US: the coalition's combat mission, US military jargon, the base of the Jordan attack.
 */
export const TOPIC_ONLY_TERMS: readonly string[] = [
  'المهمة القتالية', 'مهمتها القتالية', 'البرج 22', 'combat mission', 'service members', 'servicemembers', 'Tower 22', 'force protection',
];

/** Units whose figures are never coalition claims. */
export const NON_CLAIM_UNITS = new Set(['money', 'duration', 'distance', 'things', 'people']);

/** How a counted figure becomes a measure. First matching rule wins. */
export interface CountRule {
  measure: string;
  units: string[];
  /** Concepts of which at least one must stand near the figure (within the clause). */
  near?: string[];
  /** Concepts that must not stand near the figure. */
  notNear?: string[];
  /** How many tokens before the figure `near` reaches, when not the default ("attacked … 60 times"). */
  nearBefore?: number;
  /** Ordinal figures only (الـ54، 54th). */
  ordinal?: boolean;
  /** Entities of which one must be in the sentence. */
  needEntity?: string[];
  /**
   * A level over a whole place (troops in Iraq, attacks in Iraq and Syria): a figure about one of
   * its parts (a base, a town) or fewer of its places can confirm it but not contradict it.
   */
  wholePlace?: boolean;
  /**
   * A running total (attacks since October): a small exact count with no "since" and no word of
   * a total ("two rocket attacks", "four of them in Syria") tells single events, not the total.
   */
  total?: boolean;
  /** A bigger figure is something else: Davos editions run in tens, so "Annual Meeting 2024" is a year. */
  max?: number;
}

export const COUNT_RULES: CountRule[] = [
  { measure: 'davos_session', units: ['session'], needEntity: ['DAVOS'], max: 200 },
  { measure: 'killed', units: ['troops', 'killed', 'americans'], near: ['kill'] },
  { measure: 'wounded', units: ['troops', 'wounded', 'americans'], near: ['wound'] },
  { measure: 'troops', units: ['troops', 'americans'], notNear: ['kill', 'wound', 'withdraw'], wholePlace: true },
  { measure: 'troops_withdrawn', units: ['troops'], near: ['withdraw'] },
  // "have attacked U.S. forces in Iraq and Syria about 60 times": the verb may stand far before.
  { measure: 'attacks', units: ['attacks', 'times'], near: ['attack'], nearBefore: 16, total: true, wholePlace: true },
  { measure: 'attacks', units: ['attacks'], total: true, wholePlace: true },
  { measure: 'strikes', units: ['strikes'] },
  { measure: 'drones', units: ['drones'] },
  { measure: 'rockets', units: ['rockets'] },
  { measure: 'bases', units: ['bases'] },
  { measure: 'member_states', units: ['countries'], needEntity: ['COALITION'] },
  { measure: 'fighters', units: ['fighters'] },
];

/** How a date or year becomes a measure: all concept groups must be present in the clause or sentence. */
export interface EventRule {
  measure: string;
  /** Every group needs one concept or entity id present. The first group names the event itself. */
  all: string[][];
  /**
   * Existence, not an event: a "since" date within this many characters of the rule's entities
   * ("التحالف الذي تقوده واشنطن منذ 2014"). Tried only when no event rule fits, and it can confirm
   * the event's date but not contradict it (support "since 2016" says nothing of the founding).
   */
  existsSince?: number;
  /**
   * A reading the date may have in passing, which can confirm it but never contradict it: "since
   * the October 7 attack" names Hamas's attack without naming Hamas, but "the attack on 20
   * January" is another attack. Tried for every date, also one that only marks a time ("after"),
   * that has at least the part named here: "attacks in 2023" names no one attack.
   */
  implied?: 'day' | 'month' | 'year';
  /** The groups' words must stand within this many tokens of each other ("هجوم حماس", not "a strike … the Gaza war"). */
  together?: number;
  /**
   * An implied reading whose place the sentence before may name: "…died in the Tower 22 attack.
   * Three soldiers were killed in the attack on Jan. 28." Other readings never take a place from
   * there ("the attack on Jan. 20" after a sentence on Jordan may be any attack).
   */
  placeFromContext?: boolean;
  /**
   * Another event than the coalition's, which no fact is about (the fall of Mosul, the 2003
   * invasion): a date read as it is reported as nothing, and still times the counts around it
   * ("2003: غزو العراق بقرابة 150 ألف جندي" is a level of 2003).
   */
  other?: boolean;
}

export const EVENT_RULES: EventRule[] = [
  { measure: 'talks_suspended', all: [['suspend'], ['talks']] },
  { measure: 'jordan_attack', all: [['attack', 'kill'], ['JO']] },
  { measure: 'combat_mission_end', all: [['combat'], ['end']] },
  { measure: 'combat_mission_end', all: [['advisory_role']] },
  { measure: 'combat_mission_end', all: [['end', 'transition'], ['advice']] },
  { measure: 'coalition_founded', all: [['found'], ['COALITION']] },
  { measure: 'coalition_founded', all: [['coalition_born']] },
  { measure: 'parliament_vote', all: [['vote'], ['PARLIAMENT']] },
  { measure: 'parliament_vote', all: [['voted_out']] },
  { measure: 'victory_over_isis', all: [['victory'], ['ISIS', 'isis_ref']] },
  { measure: 'victory_over_isis', all: [['victory_declared']] },
  { measure: 'victory_over_isis', all: [['beat_isis']] },
  // "announced the end of the war against the group": the victory.
  { measure: 'victory_over_isis', all: [['end'], ['war'], ['ISIS', 'isis_ref']] },
  { measure: 'committee_second_meeting', all: [['meeting'], ['second']] },
  { measure: 'committee_second_meeting', all: [['met_second']] },
  { measure: 'committee_second_meeting', all: [['round'], ['second'], ['talks']] },
  { measure: 'committee_second_meeting', all: [['sitting'], ['second'], ['talks']] },
  { measure: 'committee_second_meeting', all: [['round_two'], ['talks']] },
  { measure: 'talks_launched', all: [['launch'], ['talks']] },
  // No fact says when the talks resumed, or when a round other than the second was held: these
  // rules keep such dates from being read as another event.
  { measure: 'talks_resumed', all: [['resume'], ['talks']] },
  { measure: 'talks_round', all: [['round'], ['talks']] },
  { measure: 'defense_minister_visit', all: [['visit'], ['defmin']] },
  // Other events: they keep their dates from being read as the coalition's.
  { measure: 'mosul_fall', all: [['mosul_fall']], other: true },
  { measure: 'mosul_battle', all: [['mosul_battle']], other: true },
  { measure: 'iraq_invasion', all: [['invasion']], other: true },
  { measure: 'revolution', all: [['revolution']], other: true },
  { measure: 'mission_incomplete_statement', all: [['incomplete'], ['mission', 'COALITION']] },
  // Gaza or Israel named near a date is not enough: the attack itself must be ("هجوم حماس"), or
  // the day's own name ("أحداث 7 أكتوبر", "طوفان الأقصى").
  { measure: 'oct7_attack', all: [['hamas'], ['attack']], together: 6 },
  { measure: 'oct7_attack', all: [['events']] },
  { measure: 'oct7_attack', all: [['attack']], implied: 'day' },
  { measure: 'oct7_attack', all: [['hamas']], implied: 'day' },
  { measure: 'committee_second_meeting', all: [['meet_again'], ['talks']], implied: 'month' },
  { measure: 'committee_second_meeting', all: [['next_meeting'], ['talks']], implied: 'month' },
  { measure: 'coalition_founded', all: [['announced'], ['COALITION']], implied: 'year', together: 3 },
  { measure: 'jordan_attack', all: [['attack', 'kill'], ['JO']], implied: 'day', placeFromContext: true },
  // "the three soldiers killed on January 28", «الجنود الذين قُتلوا فجر 28 كانون الثاني»: the day
  // soldiers died can only confirm the Jordan attack's (another day may be another attack).
  { measure: 'jordan_attack', all: [['kill'], ['troops', 'americans']], implied: 'day', together: 6 },
  { measure: 'coalition_founded', all: [['COALITION']], existsSince: 40 },
];

/** Actors that may stand for each other: the coalition is led by the US. */
export const ACTOR_ALIASES: Record<string, string[]> = {
  US: ['COALITION', 'FOREIGN_FORCES'],
  COALITION: ['US', 'FOREIGN_FORCES'],
  FOREIGN_FORCES: ['US', 'COALITION'],
};

/** Human names of measures, for explanations and the options page. */
export const MEASURE_NAMES: Record<string, { ar: string; en: string }> = {
  troops: { ar: 'عدد القوات المنتشرة', en: 'troops deployed' },
  troops_withdrawn: { ar: 'عدد القوات المنسحبة', en: 'troops withdrawn' },
  killed: { ar: 'عدد القتلى', en: 'soldiers killed' },
  wounded: { ar: 'عدد الجرحى', en: 'wounded' },
  attacks: { ar: 'عدد الهجمات', en: 'attacks' },
  strikes: { ar: 'عدد الغارات', en: 'strikes' },
  drones: { ar: 'عدد المسيرات', en: 'drones' },
  rockets: { ar: 'عدد الصواريخ', en: 'rockets' },
  bases: { ar: 'عدد القواعد', en: 'bases' },
  member_states: { ar: 'عدد الدول الأعضاء', en: 'member states' },
  fighters: { ar: 'عدد المقاتلين', en: 'fighters' },
  davos_session: { ar: 'رقم دورة منتدى دافوس', en: 'Davos session number' },
  talks_suspended: { ar: 'تعليق المحادثات', en: 'talks suspended' },
  talks_launched: { ar: 'إطلاق المحادثات', en: 'talks launched' },
  talks_resumed: { ar: 'استئناف المحادثات', en: 'talks resumed' },
  talks_round: { ar: 'جولة من المحادثات', en: 'a round of talks' },
  jordan_attack: { ar: 'الهجوم في الأردن', en: 'the attack in Jordan' },
  combat_mission_end: { ar: 'انتهاء المهمة القتالية', en: 'end of the combat mission' },
  coalition_founded: { ar: 'تأسيس التحالف', en: 'coalition founded' },
  parliament_vote: { ar: 'تصويت البرلمان', en: 'parliament vote' },
  victory_over_isis: { ar: 'إعلان النصر على داعش', en: 'victory over ISIS' },
  committee_second_meeting: { ar: 'الاجتماع الثاني للجنة', en: "the committee's second meeting" },
  defense_minister_visit: { ar: 'زيارة وزير الدفاع إلى واشنطن', en: 'defence minister visit to Washington' },
  mosul_fall: { ar: 'سقوط الموصل', en: 'the fall of Mosul' },
  mosul_battle: { ar: 'معركة الموصل', en: 'the battle of Mosul' },
  iraq_invasion: { ar: 'غزو العراق', en: 'the invasion of Iraq' },
  revolution: { ar: 'ثورة', en: 'a revolution' },
  mission_incomplete_statement: { ar: 'بيان عدم اكتمال المهمة', en: 'statement that the mission was incomplete' },
  oct7_attack: { ar: 'هجوم 7 أكتوبر', en: 'the October 7 attack' },
};
