// Figures written in ways the labeled pages don't use: the rules must be general.
// Each row: a sentence, the measure Sanad should tie the figure to, and the verdict.
import { createChecker, pageCountry } from '../../../core/index';
import { seedCorpus } from '../../../store/seed-corpus';

const checker = createChecker(seedCorpus());
const scan = (text: string) => checker.scan(text, { published: '2024-02-20' });

/** [figure, measure, verdict] of each claim, read on a page of `published` (or of the date a call gives). */
function judgedOn(published: string) {
  const verdicts = (text: string, at = published) => checker.scan(text, { published: at }).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  const flags = (text: string, at = published) => verdicts(text, at).filter(([, , v]) => v === 'mismatch');
  return { verdicts, flags };
}

describe.each([
  ['The Pentagon keeps roughly 3,500 troops in Iraq as part of the anti-ISIS coalition.', 'troops', '3,500', 'mismatch'],
  ['Washington currently has some 2,500 service members deployed in Iraq.', 'troops', '2,500', 'match'],
  ['About 900 American troops remain in Syria, where they work with Kurdish-led forces against Islamic State.', 'troops', '900', 'match'],
  ['The U.S. military has about 1,200 troops in Syria fighting ISIS remnants.', 'troops', '1,200', 'mismatch'],
  ['The US-led coalition against ISIS was formed in September 2014.', 'coalition_founded', 'September 2014', 'match'],
  ['The US-led coalition, set up in 2016 to fight the Islamic State group, still has troops in Iraq.', 'coalition_founded', '2016', 'mismatch'],
  ['Iraq declared victory over the Islamic State group in 2019.', 'victory_over_isis', '2019', 'mismatch'],
  ['In January 2020, Iraqi lawmakers voted to expel U.S.-led coalition troops.', 'parliament_vote', 'January 2020', 'match'],
  ['The coalition formally ended its combat role in Iraq in 2022.', 'combat_mission_end', '2022', 'mismatch'],
  ['U.S. forces in Iraq and Syria have been attacked more than 150 times since Oct. 17.', 'attacks', '150', 'match'],
  ['Five U.S. soldiers were killed in the drone attack in Jordan.', 'killed', 'Five', 'mismatch'],
  ['وتنشر الولايات المتحدة حوالي ثلاثة آلاف وخمسمئة جندي في العراق ضمن التحالف الدولي.', 'troops', 'ثلاثة آلاف وخمسمئة', 'mismatch'],
  ['ويتمركز قرابة ألفي جندي أميركي في سوريا لمحاربة داعش.', 'troops', 'ألفي', 'mismatch'],
  ['ولدى واشنطن ألفان وخمسمئة عسكري في العراق.', 'troops', 'ألفان وخمسمئة', 'match'],
  ['وقتل جنديان أميركيان في هجوم بطائرة مسيرة على قاعدة في الأردن.', 'killed', 'جنديان', 'mismatch'],
  ['وتأسس التحالف الدولي بقيادة الولايات المتحدة في آب/أغسطس 2014 لمحاربة تنظيم الدولة.', 'coalition_founded', 'آب/أغسطس 2014', 'match'],
  ['وصوّت مجلس النواب العراقي في كانون الثاني/يناير 2021 على إخراج القوات الأجنبية.', 'parliament_vote', 'كانون الثاني/يناير 2021', 'mismatch'],
  // Spoken hundreds, a definite numeral after its noun, approximate marks, the nearest concept.
  ['الأميركان عندهم ألفين وخمسمية جندي بالعراق.', 'troops', 'ألفين وخمسمية', 'match'],
  ['وطالبت واشنطن بمحاسبة المسؤولين عن مقتل الجنود الأميركيين الأربعة في الأردن.', 'killed', 'الأربعة', 'mismatch'],
  ['The 4,000-odd U.S. personnel now in Iraq are there as advisers.', 'troops', '4,000', 'mismatch'],
  ['A drone strike in Jordan killed three U.S. soldiers and injured more than 40 others.', 'killed', 'three', 'match'],
  ['ولم تعد قوات التحالف تضطلع بمهام قتالية منذ تموز/يوليو 2021.', 'combat_mission_end', 'تموز/يوليو 2021', 'mismatch'],
  // The coalition "since" a year, an indefinite coalition, a non-combat role, fact boxes and table rows.
  ['وتشارك بغداد في التحالف الدولي الذي تقوده واشنطن منذ عام 2014 في عمليات مشتركة.', 'coalition_founded', '2014', 'match'],
  ['وبعد سقوط الموصل أُنشئ في أيلول 2015 تحالف دولي بقيادة أميركية.', 'coalition_founded', 'أيلول 2015', 'mismatch'],
  ['Since mid-2023, U.S. forces have served in a non-combat role in Iraq.', 'combat_mission_end', '2023', 'mismatch'],
  ['US troops in Syria: 1,500', 'troops', '1,500', 'mismatch'],
  ['عدد الجنود الأميركيين في العراق\t٢٥٠٠', 'troops', '٢٥٠٠', 'match'],
  ['القتلى الأميركيون في هجوم الأردن | 5', 'killed', '5', 'mismatch'],
  ['Year the coalition was founded: 2013', 'coalition_founded', '2013', 'mismatch'],
  // A total "by mid-January" is held to the corpus at the end of that period; a count over a
  // range is not as of its start; weapons before "attacks" modify it; a place no preposition
  // introduces, after the figure, is another verb's subject.
  ['وأحصت وزارة الدفاع الأميركية أكثر من 130 هجوماً على قواتها حتى منتصف كانون الثاني/يناير 2024.', 'attacks', '130', 'match'],
  ['وبين 17 تشرين الأول 2023 ومطلع شباط، تعرضت القوات الأميركية لأكثر من 165 هجوماً.', 'attacks', '165', 'match'],
  ['Militias launched more than 165 rocket and drone attacks on U.S. forces in Iraq and Syria.', 'attacks', '165', 'match'],
  ['A drone strike in Jordan killed three U.S. reservists and led Baghdad to suspend the talks.', 'killed', 'three', 'match'],
  // "attacked … about 60 times": the verb may stand far before "times".
  ['Armed groups have attacked American positions across Iraq and Syria roughly 60 times since mid-October.', 'attacks', '60', 'mismatch'],
  ['الهجمات على القوات الأميركية منذ 17 تشرين الأول\tأكثر من 150', 'attacks', '150', 'match'],
  // "رقم", a date that opens its sentence, a date followed by what happened then.
  ['وقال رئيس الوزراء في منتدى دافوس بنسخته رقم 53 إن مهمة التحالف انتهت.', 'davos_session', '53', 'mismatch'],
  ['In March 2023, twenty years after the invasion, Washington said that the anti-ISIS coalition mission in Iraq and Syria was not complete.', 'mission_incomplete_statement', 'March 2023', 'match'],
  ['No U.S. troops have died in the region since Jan. 30, when three soldiers were killed by a drone at a base in Jordan.', 'jordan_attack', 'Jan. 30', 'mismatch'],
  // "and a half" before a scale word; a year before "more than" is still a year.
  ['Some three and a half thousand U.S. troops are deployed in Iraq.', 'troops', 'three and a half thousand', 'mismatch'],
  ['In 2024 more than 2,400 American soldiers were still stationed in Iraq.', 'troops', '2,400', 'match'],
  // A year in another clause dates that clause's noun, not the count; an adjective place after في.
  ['The Pentagon keeps about 3,000 troops in Iraq, part of a coalition forged in 2014 against ISIS.', 'troops', '3,000', 'mismatch'],
  ['وتنشر واشنطن نحو 2500 عسكري في العراق، وقرابة 1500 في الشمال الشرقي السوري.', 'troops', '1500', 'mismatch'],
  ['Sudani repeated the demand at the 53rd World Economic Forum in Davos, insisting the coalition must go.', 'davos_session', '53', 'mismatch'],
  ['Backed by the coalition, Iraq proclaimed the defeat of the caliphate in December 2018.', 'victory_over_isis', 'December 2018', 'mismatch'],
  ['استهدفت مسيرة في 29 كانون الثاني 2024 موقعا أميركيا في الأردن.', 'jordan_attack', '29 كانون الثاني 2024', 'mismatch'],
  // Negated "exceeded", a total named before its figure, rounds of talks, a timeline entry, "Americans".
  ['وقال النائب إن مجموع الاعتداءات على القوات الأميركية منذ منتصف تشرين الأول لم يتجاوز الثمانين.', 'attacks', 'الثمانين', 'mismatch'],
  ['وعقدت اللجنة العسكرية العليا بين العراق والتحالف جولتها الثانية في أيار الماضي.', 'committee_second_meeting', 'أيار الماضي', 'mismatch'],
  ['مطلع 2021: التحالف الدولي ينهي مهامه القتالية في العراق', 'combat_mission_end', '2021', 'mismatch'],
  ['A senator claimed that some 8,000 Americans are still based in Iraq.', 'troops', '8,000', 'mismatch'],
  // The first attack dates the running total's start; the minister named and "to Washington" is the visit.
  ['The first attack on U.S. forces in Iraq came on Nov. 2, 2023, the Pentagon said.', 'attacks@since', 'Nov. 2, 2023', 'mismatch'],
  ['وسافر الوزير ثابت العباسي إلى واشنطن في تشرين الثاني 2023 لبحث مستقبل التحالف.', 'defense_minister_visit', 'تشرين الثاني 2023', 'mismatch'],
  // "twenty-five hundred", an adjective place after على, the end of the war against ISIS.
  ['"We have twenty-five hundred U.S. troops in Iraq," the senator said.', 'troops', 'twenty-five hundred', 'match'],
  ['وتبقي واشنطن نحو 2500 جندي داخل العراق و1200 جندي على الجانب السوري من الحدود.', 'troops', '1200', 'mismatch'],
  ['Iraq announced the end of the war against ISIS in December 2016.', 'victory_over_isis', 'December 2016', 'mismatch'],
  // A year in words; a "+" after a figure.
  ['وصوّت البرلمان العراقي عام ألفين وتسعة عشر على إخراج القوات الأجنبية.', 'parliament_vote', 'ألفين وتسعة عشر', 'mismatch'],
  ['Some say 3,000+ U.S. troops are still in Iraq.', 'troops', '3,000', 'mismatch'],
  // Compound ordinals in words ("the fifty-third"), the session noun before them.
  ['وقال رئيس الوزراء أمام الدورة الثالثة والخمسين لمنتدى دافوس إن مهمة التحالف انتهت.', 'davos_session', 'الثالثة والخمسين', 'mismatch'],
  ['وتحدث السوداني عن التحالف في منتدى دافوس بنسخته الرابعة والخمسين.', 'davos_session', 'الرابعة والخمسين', 'match'],
  // Seasons are parts of a year: spring 2023 is not August 2023.
  ['The talks trace back to a visit to Washington by Iraqi Defense Minister Thabet al-Abbasi in the spring of 2023.', 'defense_minister_visit', '2023', 'mismatch'],
  ['وقال الضيف إن التحالف الدولي تشكّل في صيف 2014 لمواجهة داعش.', 'coalition_founded', '2014', 'match'],
  // A far subject in the date's clause; "unfinished"; "the deadliest"; possessive nouns; a clause led by و and a place.
  ['The coalition grew out of a meeting of ten countries at a NATO summit in Wales and was formally launched in September 2015.', 'coalition_founded', 'September 2015', 'mismatch'],
  ['As recently as March 2022, Washington said the coalition job against ISIS remained unfinished.', 'mission_incomplete_statement', 'March 2022', 'mismatch'],
  ['The deadliest came on Jan. 27, when a drone hit Tower 22, a small U.S. base in Jordan.', 'jordan_attack', 'Jan. 27', 'mismatch'],
  ['وقال المتحدث باسم البنتاغون: قُتل أربعة من جنودنا في الأردن.', 'killed', 'أربعة', 'mismatch'],
  ['A drone strike in Jordan killed four Army reservists serving with U.S. forces.', 'killed', 'four', 'mismatch'],
  ['وقال إن عدد العسكريين الأميركيين في العراق لا يقل عن 4 آلاف، عدا المتعاقدين وشركات الأمن، وفي سوريا أكثر من 1500.', 'troops', '1500', 'mismatch'],
  // A place inside a faction's name places nothing: three killed in Jordan, not in Iraq.
  ['وأسفر الهجوم الذي تبنته المقاومة الإسلامية في العراق عن سقوط ثلاثة قتلى أميركيين.', 'killed', 'ثلاثة', 'match'],
  // Session 5: two dates, each with its own event word; "للتحالف"; verbs of defeat; advice after a transition.
  ['وكتب المحلل أن النواب «صوتوا عام 2021 على إخراج القوات الأجنبية»، غير أن سجلات البرلمان تقول إن التصويت حصل مطلع 2020.', 'parliament_vote', '2020', 'match'],
  ['وكتب المحلل أن النواب «صوتوا عام 2021 على إخراج القوات الأجنبية»، غير أن سجلات البرلمان تقول إن التصويت حصل مطلع 2020.', 'parliament_vote', '2021', 'mismatch'],
  ['وانضمت الكويت إلى الدول المؤسسة للتحالف الدولي ضد «داعش» منذ 2015، وهو تحالف يجمع اليوم عشرات الدول.', 'coalition_founded', '2015', 'unverified'],
  ['ويقول الباحث إن تنظيم الدولة هُزم في الموصل وسائر العراق أواخر 2016.', 'victory_over_isis', '2016', 'mismatch'],
  ['وتحولت مهمة التحالف في العراق منذ مطلع 2022 إلى المشورة والتدريب.', 'combat_mission_end', '2022', 'mismatch'],
  ['وقال إن القوات الأميركية تبقى ألفين وخمسمئة في العراق، وإن دور التحالف انتقل منذ نهاية 2021 إلى تقديم المشورة.', 'combat_mission_end', '2021', 'match'],
  // A clause led by a place parallels the figure an earlier place led, past other counted nouns.
  ['وتنشر واشنطن في سوريا قرابة 900 جندي يتوزعون على 8 مواقع وقواعد، وفي العراق نحو أربعة آلاف.', 'troops', 'أربعة آلاف', 'mismatch'],
  // Masculine and present verb forms: أنهى، ينتهي، انتصر.
  ['وقال مصدر إن التحالف الدولي «أنهى دوره القتالي في العراق منذ عام 2022».', 'combat_mission_end', '2022', 'mismatch'],
  ['وأضاف أن العراق انتصر على تنظيم داعش أواخر عام 2018.', 'victory_over_isis', '2018', 'mismatch'],
  // A fact box's value before its label.
  ['1,800: American troops in Syria (Defense Department)', 'troops', '1,800', 'mismatch'],
  ['٢٥٠٠ — عدد الجنود الأميركيين في العراق', 'troops', '٢٥٠٠', 'match'],
  // "occasions" are times; "operations" are attacks.
  ['Iran-aligned militias targeted U.S. forces in Iraq and Syria on about 120 occasions since mid-October.', 'attacks', '120', 'mismatch'],
  ['The militias claimed some 90 operations against U.S. bases in Iraq and Syria since Oct. 17.', 'attacks', '90', 'mismatch'],
  // The counted noun as the subject of a verb of amount.
  ['وقال الناطق إن الاعتداءات على القوات الأميركية في العراق وسوريا لم تتجاوز 80 حتى الآن.', 'attacks', '80', 'mismatch'],
  ['ويرى النائب أن الهجمات على القواعد الأميركية بلغت 95 فقط منذ تشرين الأول.', 'attacks', '95', 'mismatch'],
  ['A militia spokesman said strikes on American bases in Iraq and Syria never exceeded 110.', 'attacks', '110', 'mismatch'],
  ['Attacks against U.S. personnel in Iraq and Syria had surpassed 150 by mid-February.', 'attacks', '150', 'match'],
  ['When did the coalition come together? It was formed in September 2015, a few weeks after Mosul fell, and today it counts dozens of members such as NATO.', 'coalition_founded', 'September 2015', 'mismatch'],
  ['وأعلنت الحكومة هزيمته في تموز 2017، قبل أن تنتقل القوات الدولية مع نهاية 2021 من القتال إلى الاستشارة.', 'combat_mission_end', '2021', 'match'],
  // Session 7: a denied "more than" is at most; soldiers lost, fallen or dead are killed.
  ['وقال مسؤول في الفصائل إنهم لم ينفّذوا فعلياً أكثر من 90 هجوماً على القواعد الأميركية منذ تشرين الأول.', 'attacks', '90', 'mismatch'],
  ["A militia commander said they haven't launched more than 120 attacks on U.S. bases in Iraq and Syria since October.", 'attacks', '120', 'mismatch'],
  ['وخسرت الولايات المتحدة خمسة جنود في الهجوم على البرج 22 شمال شرقي الأردن.', 'killed', 'خمسة', 'mismatch'],
  ['وقال مراسلنا إن ستة من الجنود الأميركيين سقطوا في هجوم المسيّرة على القاعدة في الأردن.', 'killed', 'ستة', 'mismatch'],
  ['وفي هجوم الأردن ماتوا ثلاثة جنود أميركان، حسب البنتاغون.', 'killed', 'ثلاثة', 'match'],
  // The coalition "came", "entered", "has been on Iraqi soil since": the date it started.
  ['A former adviser said the coalition had been present in Iraq since 2016, when Mosul was still held by ISIS.', 'coalition_founded', '2016', 'mismatch'],
  ['وقال القيادي إن التحالف متواجد على الأرض منذ 2013 بحجة محاربة الإرهاب.', 'coalition_founded', '2013', 'mismatch'],
  ['وأضاف أن التحالف الدولي جاء إلى العراق عام 2016 ولم يغادر.', 'coalition_founded', '2016', 'mismatch'],
  ['The general recalled that the coalition took shape in the autumn of 2014.', 'coalition_founded', '2014', 'match'],
  ['In his memoir he says the coalition came together in early 2015.', 'coalition_founded', '2015', 'mismatch'],
  ['وانضمت أستراليا إلى التحالف الدولي الموجود في العراق منذ 2015.', 'coalition_founded', '2015', 'unverified'],
  // "The number of X … N", a troop noun and a place with no verb, spoken thousands.
  ['وقال النائب إن العدد الفعلي للعسكريين الأميركيين في سوريا يتخطى ثلاثة آلاف.', 'troops', 'ثلاثة آلاف', 'mismatch'],
  ['والأميركان في العراق قرابة 2500 حسب البنتاغون.', 'troops', '2500', 'match'],
  ['والأمريكان عندهم في سوريا فوق 1800 وليس 900.', 'troops', '1800', 'mismatch'],
  ['وقال الضيف إن الأمريكان بيقولوا إن عندهم تلت تلاف عسكري في العراق.', 'troops', 'تلت تلاف', 'mismatch'],
  // A soldier counting his own: "of us", "guys"; "like" before a figure is about.
  ['"There are maybe 3,500 of us U.S. troops left in Iraq," the sergeant said.', 'troops', '3,500', 'mismatch'],
  ['A U.S. staff sergeant said there were like 2,400 of us in Iraq when he deployed this year.', 'troops', '2,400', 'match'],
  ['"The U.S. has got 1,800 guys in Syria," the senator told the crowd.', 'troops', '1,800', 'mismatch'],
  // Years said aloud.
  ['"The coalition got together in twenty sixteen," the caller insisted.', 'coalition_founded', 'twenty sixteen', 'mismatch'],
  ['The anchor said Iraqi lawmakers voted to expel U.S. forces in two thousand twenty.', 'parliament_vote', 'two thousand twenty', 'match'],
  ['ويقول المتصل إن البرلمان العراقي صوّت على إخراج القوات الأميركية بألفين وواحد وعشرين.', 'parliament_vote', 'ألفين وواحد وعشرين', 'mismatch'],
])('%s', (sentence, measure, figure, verdict) => {
  test(`ties "${figure}" to ${measure} and judges it ${verdict}`, () => {
    const report = scan(sentence).find((r) => r.claim.text === figure);
    expect(report?.claim.measure).toBe(measure);
    expect(report?.verdict.verdict).toBe(verdict);
  });
});

test('a briefing answer takes what the question counted: "about 2,500 in Iraq" after "How many U.S. troops…?"', () => {
  const reports = scan('Q: How many U.S. troops are in Iraq and Syria right now? GEN. RYDER: It is about 2,500 in Iraq. In Syria it is roughly 1,200.');
  expect(reports.map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict])).toEqual([
    ['2,500', 'troops', 'match'],
    ['1,200', 'troops', 'mismatch'],
  ]);
});

test('a bare answer in a transcript repeats what the question counted, across a question without a figure', () => {
  const reports = scan(
    'Q: Reports say five American service members died in the drone attack in Jordan. Can you confirm? GEN. RYDER: Three. Just to be clear, three soldiers were killed in that attack.',
  );
  expect(reports.map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict])).toEqual([
    ['five', 'killed', 'mismatch'],
    ['Three', 'killed', 'match'],
    ['three', 'killed', 'match'],
  ]);
});

test('the second end of a date range, its و glued on, is no event date', () => {
  const reports = scan('وتعرضت القوات الأميركية في العراق وسوريا لأكثر من 150 هجوما بين منتصف تشرين الأول وأواخر كانون الثاني، قبل مقتل ثلاثة جنود في الأردن.');
  expect(reports.map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict])).toEqual([
    ['150', 'attacks', 'match'],
    ['ثلاثة', 'killed', 'match'],
  ]);
});

test('"بدءاً من" starts a running total; Gaza named near a date is no 7 October claim without the attack', () => {
  const claims = (text: string) => scan(text).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  expect(claims('وتعرضت القوات الأميركية في العراق وسوريا لأكثر من 150 هجوما بدءاً من 17 تشرين الأول، بعد عشرة أيام من هجوم حماس.')).toEqual([
    ['150', 'attacks', 'match'],
    ['17 تشرين الأول', 'attacks@since', 'match'],
  ]);
  expect(claims('وفي 29 كانون الثاني، بعد أشهر من الحرب على غزة، قتلت مسيرة ثلاثة جنود أميركيين في الأردن.')[0]).toEqual(['29 كانون الثاني', 'jordan_attack', 'mismatch']);
  expect(claims('Iran-aligned militias began striking U.S. bases in Iraq and Syria on Oct. 17, after Hamas attacked Israel.')).toEqual([['Oct. 17', 'attacks@since', 'match']]);
});

test('a fact box\'s label is no speaker, and "4 of them" is a part of what came before', () => {
  const claims = (text: string) => scan(text).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  // After a count of the killed, "المصابون: أكثر من 40" is the wounded (the label's noun), not a bare answer.
  expect(claims('قتل ثلاثة جنود أميركيين في هجوم الأردن.\nالمصابون: أكثر من 40')).toEqual([
    ['ثلاثة', 'killed', 'match'],
    ['40', 'wounded', 'unverified'],
  ]);
  expect(claims('وينتشر 2500 جندي أميركي في العراق.\nمواقع مستهدفة: 7\n4 منها في سوريا')).toEqual([['2500', 'troops', 'match']]);
});

test('"المصابين" is a plural, not a dual; a troop count has no "since" of its own', () => {
  expect(scan('وتجاوز عدد المصابين الأميركيين في الأردن 40 عسكريا.').map((r) => r.claim.text)).toEqual(['40']);
  const reports = scan('وتحتفظ واشنطن بنحو 2500 جندي في العراق ضمن تحالف تقوده منذ أيلول 2014.');
  expect(reports.map((r) => r.claim.measure)).not.toContain('troops@since');
});

test('a troop level with contractors counted in can confirm the corpus but not contradict it', () => {
  const verdicts = (text: string) => scan(text).map((r) => [r.claim.text, r.verdict.verdict, r.verdict.rule]);
  expect(verdicts('The U.S. has about 3,000 troops in Iraq if you count the contractors, an official said.')).toEqual([['3,000', 'unverified', 'part-of-total']]);
  expect(verdicts('وتنشر واشنطن نحو 3500 عسكري في العراق بما في ذلك المتعاقدون.')).toEqual([['3500', 'unverified', 'part-of-total']]);
  // Contractors left out: the troops alone, so a contradiction.
  expect(verdicts('وتنشر واشنطن نحو 3500 عسكري في العراق، غير المتعاقدين.')).toEqual([['3500', 'mismatch', 'outside-range']]);
});

test('each of two dates takes the event written before it', () => {
  const reports = scan('ولا يزال التنظيم يحتفظ بخلايا نشطة في صحراء الأنبار رغم إعلان النصر عليه في كانون الأول 2017 وانتهاء المهمة القتالية للتحالف مع نهاية 2021.');
  expect(reports.map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict])).toEqual([
    ['كانون الأول 2017', 'victory_over_isis', 'match'],
    ['2021', 'combat_mission_end', 'match'],
  ]);
});

test('"بدأت الفصائل استهداف…" dates the attacks\' start; a label\'s nationality names its actor', () => {
  const claims = (text: string) => scan(text).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  expect(claims('وهو أول هجوم يوقع قتلى منذ أن بدأت فصائل موالية لطهران استهداف القوات الأميركية في 2 تشرين الثاني، بعد هجوم حماس في 7 أكتوبر.')).toEqual([
    ['2 تشرين الثاني', 'attacks@since', 'mismatch'],
    ['7 أكتوبر', 'oct7_attack', 'match'],
  ]);
  // Iraqi forces killed, in a table row: not the US soldiers of the corpus.
  expect(claims('حصيلة الأسبوع في العراق والتحالف\nقتلى القوات الأمنية العراقية\t2').filter((c) => c[2] !== 'unverified')).toEqual([]);
});

test('on a page whose title is about the coalition, a sentence outside the topic still dates events and counts troops and attacks', () => {
  const text = 'وعقدت اللجنة العسكرية العليا جولتها الثانية في أيار الماضي.\nويبلغ عدد الجنود في العراق نحو 4000 جندي.\nوسقط 30 قتيلا في غزة أمس.';
  const claims = (title?: string) =>
    checker.scan(text, title ? { published: '2024-08-20', title } : { published: '2024-08-20' }).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  expect(claims()).toEqual([]);
  expect(claims('عين الأسد: مستقبل التحالف الدولي في العراق')).toEqual([
    ['أيار الماضي', 'committee_second_meeting', 'mismatch'],
    ['4000', 'troops', 'mismatch'],
  ]);
  // A title about something else changes nothing.
  expect(claims('أسعار النفط اليوم')).toEqual([]);
});

test('of two dates that would name the same event, the nearer one does', () => {
  // "Mosul fell in June 2014; the coalition was formed … in September of the same year".
  const fell = scan('سقطت الموصل بيد داعش في حزيران 2014، وأعلن تشكيل التحالف الدولي بعد ذلك بنحو ثلاثة أشهر، في أيلول من العام نفسه.');
  expect(fell.map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict])).toEqual([['أيلول من العام نفسه', 'coalition_founded', 'match']]);
  const reports = scan('وقالت الصحيفة إن التحالف المولود في أيلول 2014 أنجز مهمته حين أعلنت بغداد النصر على داعش في كانون الأول 2017.');
  expect(reports.map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict])).toEqual([
    ['أيلول 2014', 'coalition_founded', 'match'],
    ['كانون الأول 2017', 'victory_over_isis', 'match'],
  ]);
});

test('a timeline keeps its topic from entry to entry', () => {
  const reports = scan('2014: Washington assembles a coalition against ISIS.\n7 October 2023: Hamas attacks Israel.\n17 October 2023: first attack on U.S. troops in Syria.');
  expect(reports.map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict])).toEqual([
    ['2014', 'coalition_founded', 'match'],
    ['7 October 2023', 'oct7_attack', 'match'],
    ['17 October 2023', 'attacks@since', 'match'],
  ]);
});

test('a level counted at one base, or over fewer places, can confirm a fact but not contradict it', () => {
  const verdicts = (text: string) => scan(text).map((r) => [r.claim.text, r.verdict.verdict, r.verdict.rule]);
  expect(verdicts('About 200 U.S. troops are stationed at the al-Tanf garrison.')).toEqual([['200', 'unverified', 'part-of-total']]);
  expect(verdicts('ونفذت الفصائل نحو 70 هجوما على القواعد الأميركية في سوريا وحدها منذ منتصف تشرين الأول.')[0]).toEqual(['70', 'unverified', 'part-of-total']);
  // The whole place: a contradiction.
  expect(verdicts('About 200 U.S. troops are stationed in Syria.')).toEqual([['200', 'mismatch', 'outside-range']]);
});

test('a part can\'t hold more than its whole: a base above the country\'s level contradicts it', () => {
  const verdicts = (text: string) => scan(text).map((r) => [r.claim.text, r.verdict.verdict, r.verdict.rule]);
  expect(verdicts('يتمركز أكثر من 6 آلاف جندي أميركي في قاعدتي عين الأسد وحرير وحدهما.')).toEqual([['6 آلاف', 'mismatch', 'part-exceeds-total']]);
  expect(verdicts('More than 4,000 U.S. troops are stationed at Ain al-Asad alone.')).toEqual([['4,000', 'mismatch', 'part-exceeds-total']]);
  // Contractors make a figure bigger: still no contradiction.
  expect(verdicts('Some 4,000 U.S. troops at Ain al-Asad, including contractors, an official said.').filter(([, v]) => v === 'mismatch')).toEqual([]);
});

test('a troop level that names no place is where the topic\'s levels are; a wider region is not', () => {
  const verdicts = (text: string) => scan(text).map((r) => [r.claim.text, r.verdict.verdict]);
  expect(verdicts('Washington keeps 2,500 troops in Iraq. Critics in parliament claim there are 5,000 U.S. soldiers.')).toEqual([
    ['2,500', 'match'],
    ['5,000', 'mismatch'],
  ]);
  // A question naming one place moves the topic there ("And in Iraq?").
  expect(verdicts('How many U.S. troops are in Syria now? Officials in Washington say 900. And in Iraq? Some lawmakers say 4,000 soldiers.')).toEqual([['4,000', 'mismatch']]);
  expect(verdicts('وتحتفظ واشنطن بنحو 900 جندي في سوريا. لكن نواباً يقولون إن هناك ألفي جندي أميركي.')).toEqual([
    ['900', 'match'],
    ['ألفي', 'mismatch'],
  ]);
  expect(verdicts('The U.S. has 2,500 troops in Iraq. The Pentagon has some 40,000 troops across the Middle East.').filter(([, v]) => v === 'mismatch')).toEqual([]);
});

test('"the number" stands for what was just counted, across a closing quote too', () => {
  const verdicts = (text: string) => scan(text).map((r) => [r.claim.text, r.verdict.verdict]);
  expect(verdicts('ويبلغ عدد الجنود الأميركيين في العراق نحو ألفين وخمسمائة. غير أن مستشاراً حكومياً قال إن العدد الفعلي «لا يقل عن أربعة آلاف» بحسب تقديره.')).toEqual([
    ['ألفين وخمسمائة', 'match'],
    ['أربعة آلاف', 'mismatch'],
  ]);
  expect(verdicts('A senator said troops serving in Iraq told him of "no fewer than 4,000" Americans there, and put the number in Syria at "closer to 2,000."')).toEqual([
    ['4,000', 'mismatch'],
    ['2,000', 'mismatch'],
  ]);
  // "the number of Palestinians killed" names what it counts.
  expect(verdicts('The U.S. has 2,500 troops in Iraq. The number of Palestinians killed in Gaza passed 25,000.')).toEqual([['2,500', 'match']]);
});

test('increments, other nations\' troops and local forces are not the US level; nor is a figure of "the 2007 surge"', () => {
  const flagged = (text: string) => scan(text).filter((r) => r.verdict.verdict !== 'unverified').map((r) => r.claim.text);
  expect(flagged('The Pentagon will send 1,500 more troops to Iraq, officials said.')).toEqual([]);
  expect(flagged('وأرسلت واشنطن 1500 جندي إضافي إلى العراق بعد الهجمات.')).toEqual([]);
  expect(flagged('ودرّب التحالف الدولي نحو 18 ألف عنصر من البيشمركة في أربيل.')).toEqual([]);
  expect(flagged('About 1,000 troops from other countries serve in the U.S.-led coalition in Iraq.')).toEqual([]);
  expect(flagged('وتضم بعثة حلف الناتو في العراق نحو 1000 عنصر، وفق التحالف الدولي.')).toEqual([]);
  expect(flagged('At the height of the 2007 surge, about 170,000 U.S. troops were deployed in Iraq.')).toEqual([]);
  // "and 2,000 more in Syria" after a level is another place's level, not an increment.
  expect(flagged('Today the U.S. has some 5,000 troops in Iraq and 2,000 more in Syria.')).toEqual(['5,000', '2,000']);
});

test('an event named in a date\'s own clause is not also given to another date across a clause', () => {
  const reports = scan("We've had an advise-and-assist role since the end of 2021, and the coalition has done this work since it stood up in 2014.");
  expect(reports.map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict])).toEqual([
    ['2021', 'combat_mission_end', 'match'],
    ['2014', 'coalition_founded', 'match'],
  ]);
});

describe('"the real number" after levels in two places is judged against both', () => {
  test.each([
    ['Officials say 2,500 U.S. troops are in Iraq and roughly 900 in Syria. Critics say the real number is 4,000.', '4,000', 'mismatch'],
    ['Officials say 2,500 U.S. troops are in Iraq and roughly 900 in Syria. A senator said the real number is 900.', '900', 'match'],
    ['ينتشر ألفان وخمسمئة جندي أميركي في العراق ونحو تسعمئة في سوريا. لكن الرقم الحقيقي ألفان وخمسمئة كما يقول الوزير.', 'ألفان وخمسمئة', 'match'],
  ])('%s', (text, figure, verdict) => {
    const reports = scan(text).filter((r) => r.claim.text === figure);
    expect(reports[reports.length - 1]?.verdict.verdict).toBe(verdict);
  });
});

describe('"N more" after a level elsewhere is that place\'s level; in the same place it is an increment', () => {
  test.each([
    ['The Pentagon has about 2,500 troops in Iraq. Roughly 900 more are stationed in northeastern Syria.', '900', 'match'],
    ['The Pentagon has about 2,500 troops in Iraq. Roughly 2,000 others are posted across Syria.', '2,000', 'mismatch'],
    ['تنشر واشنطن ألفين وخمسمئة جندي في العراق. ويرابط نحو ألفين آخرين في سوريا.', 'ألفين', 'mismatch'],
    ['The Pentagon has about 2,500 troops in Iraq. Some 1,500 more are heading to Iraq next month.', '1,500', 'unverified'],
  ])('%s', (text, figure, verdict) => {
    expect(scan(text).find((r) => r.claim.text === figure)?.verdict.verdict ?? 'unverified').toBe(verdict);
  });
});

test('"just over / just under N" is about N, and GIs and occupiers are troops', () => {
  const verdict = (text: string, figure: string) => scan(text).find((r) => r.claim.text === figure)?.verdict.verdict ?? 'unverified';
  expect(verdict('The U.S. still has just under 3,500 troops in Iraq, the report said.', '3,500')).toBe('mismatch');
  expect(verdict('The U.S. still has just over 2,500 troops in Iraq, the report said.', '2,500')).toBe('match');
  expect(verdict('وتنشر الولايات المتحدة أقل بقليل من 3500 جندي في العراق.', '3500')).toBe('mismatch');
  expect(verdict('Washington keeps more than 4,000 GIs in Iraq, the congressman claimed.', '4,000')).toBe('mismatch');
  expect(verdict('The militia said 2,500 American occupiers remain in Iraq.', '2,500')).toBe('match');
});

test('killing verbs in the present and "took the lives of" count the dead', () => {
  const reports = scan('Jan. 28, 2024 — A drone kills three U.S. soldiers at a base in Jordan.');
  expect(reports.map((r) => [r.claim.measure, r.verdict.verdict])).toEqual([
    ['jordan_attack', 'match'],
    ['killed', 'match'],
  ]);
  const lives = scan('The drone strike took the lives of four American service members at the outpost in Jordan.');
  expect(lives.find((r) => r.claim.text === 'four')?.verdict.verdict).toBe('mismatch');
});

describe('other states\' troops are not the US level', () => {
  const verdict = (text: string, figure: string) => scan(text).find((r) => r.claim.text === figure)?.verdict.verdict ?? 'unverified';
  test.each([
    ['Italy has around 900 soldiers in Iraq as part of the coalition, Rome said.', '900'],
    ['وتحتفظ ألمانيا بنحو خمسمئة جندي في العراق ضمن التحالف الدولي.', 'خمسمئة'],
    ['Canada keeps some 3,000 personnel in the region for the anti-ISIS coalition in Iraq.', '3,000'],
    ['Russia keeps roughly 4,000 troops in Syria, analysts say.', '4,000'],
  ])('%s', (text, figure) => {
    expect(verdict(text, figure)).toBe('unverified');
  });

  it('a later clause that names the US is the US level again', () => {
    expect(verdict('Russia keeps some 4,000 troops in Syria, while the US has 900.', '900')).toBe('match');
  });
});

test('an English compound ordinal is one number: "the forum\'s fifty-second annual meeting"', () => {
  const report = scan("Iraq's premier pressed for the coalition's exit at Davos, the World Economic Forum's fifty-second annual meeting.").find((r) => r.claim.measure === 'davos_session');
  expect(report?.claim.value).toBe(52);
  expect(report?.verdict.verdict).toBe('mismatch');
});

describe('a bare answer claims what its question asks', () => {
  test.each([
    // The question asks about troops in Iraq, not the soldiers killed in Jordan just before.
    ['A drone strike left three American soldiers dead in Jordan. So how many American troops are there in Iraq? About 3,500.', '3,500', 'troops', 'mismatch'],
    ['Q: How many service members were killed in Jordan? A: Five.', 'Five', 'killed', 'mismatch'],
  ])('%s', (text, figure, measure, verdict) => {
    const report = scan(text).find((r) => r.claim.text === figure);
    expect(report?.claim.measure).toBe(measure);
    expect(report?.verdict.verdict).toBe(verdict);
  });
});

describe('an event in a clause that counts from another day ("the next day") is not dated by this one', () => {
  test.each([
    ['The Higher Military Commission first met on Jan. 26, was frozen the next day after the Jordan strike, and resumed in February.', 'Jan. 26'],
    ['وعقدت اللجنة أولى جلساتها في 26 كانون الثاني، ثم جُمّدت المحادثات في اليوم التالي بعد الهجوم.', '26 كانون الثاني'],
  ])('%s', (text, date) => {
    expect(scan(text).find((r) => r.claim.text === date)?.verdict.verdict ?? 'unverified').toBe('unverified');
  });
});

test('the fall of ISIS\'s last Syrian stronghold is not Iraq\'s victory', () => {
  for (const text of [
    'أعلن العبادي النصر على داعش في العراق في كانون الأول 2017، أما في سوريا فانتصرت قوات سوريا الديمقراطية على التنظيم في الباغوز في آذار 2019.',
    'In Syria, the victory over ISIS came in March 2019 at Baghouz.',
  ]) {
    const reports = scan(text).filter((r) => r.claim.measure === 'victory_over_isis');
    expect(reports.every((r) => r.verdict.verdict === 'match')).toBe(true);
    expect(reports.some((r) => r.claim.text.includes('2019'))).toBe(false);
  }
});

test('the dead of operations against ISIS are the enemy\'s, not the coalition\'s', () => {
  const flagged = (text: string) => scan(text).filter((r) => r.verdict.verdict !== 'unverified').map((r) => r.claim.text);
  expect(flagged('نفذت القوات العراقية بمساندة التحالف 150 عملية ضد فلول داعش خلال العام، أسفرت عن مقتل 60 عنصراً واعتقال 120 آخرين.')).toEqual([]);
  // Named as the coalition's own, the dead are still counted.
  expect(flagged('Militias launched attacks on U.S. bases in Jordan, killing three U.S. soldiers.')).toEqual(['three']);
});

test('a level in the Kurdistan Region is a part of Iraq\'s, and a visit\'s date is the visit\'s', () => {
  const region = scan('وقال النائب إن القوات الأميركية في الإقليم وحده تقارب 3000 عسكري.').find((r) => r.claim.text === '3000');
  expect(region?.verdict.verdict ?? 'unverified').toBe('unverified');
  const visit = scan('وقال رئيس الوزراء خلال زيارته واشنطن في نيسان الماضي إن اللجنة العسكرية العليا ستعقد اجتماعها الثاني في تموز.');
  expect(visit.find((r) => r.claim.text.includes('نيسان'))?.verdict.verdict ?? 'unverified').toBe('unverified');
  expect(visit.find((r) => r.claim.text.includes('تموز'))?.verdict.verdict).toBe('match');
});

describe('the start of the attacks, however it is said', () => {
  const startOf = (text: string) => scan(text).find((r) => r.claim.measure === 'attacks@since');
  test.each([
    ['Starting Nov. 19, Iran-aligned militias attacked American bases in Iraq and Syria almost daily.', 'Nov. 19', 'mismatch'],
    ['Between Oct. 17 and the end of January, militias struck U.S. positions in Iraq and Syria over 150 times.', 'Oct. 17', 'match'],
    ['The string of drone attacks on American troops in Iraq and Syria started on Sept. 21, officials said.', 'Sept. 21', 'mismatch'],
    ['الاعتداءات على القوات الأميركية في سوريا والعراق اندلعت في 17 تشرين الأول الماضي.', '17 تشرين الأول', 'match'],
  ])('%s', (text, date, verdict) => {
    const report = startOf(text);
    expect(report?.claim.text).toContain(date);
    expect(report?.verdict.verdict).toBe(verdict);
  });

  test.each([
    // Another start ("since the Gaza war began") or a date after something starts nothing.
    ['Officials visited Baghdad in June, and counted 150 attacks on U.S. troops since the Gaza war began.'],
    ['The attacks on U.S. troops in Iraq began after Hamas struck Israel on Oct. 7.'],
  ])('%s', (text) => {
    expect(startOf(text)).toBeUndefined();
  });
});

describe('figures that stay out while their sentence has a claim', () => {
  test.each([
    // A figure with a noun of its own carries no unit from the sentence before.
    ['Three U.S. soldiers were killed in Jordan. Days later, American jets hit 70 sites in Iraq and Syria.', '70'],
    // A report's date is not the date of what it reports.
    ['An Iraqi TV channel said in March that four U.S. soldiers had died in the Jordan attack, without citing a source.', 'March'],
  ])('%s', (text, figure) => {
    expect(scan(text).find((r) => r.claim.text.includes(figure))?.verdict.verdict ?? 'unverified').toBe('unverified');
  });
});

describe('a negated since-clause dates no event, even after a count in an earlier clause', () => {
  test.each([
    ['وقُتل ثلاثة جنود أميركيين في الأردن، ولم تُسجَّل أي ضربة على قواعدهم منذ مطلع آذار.', 'مطلع آذار'],
    ['Three U.S. soldiers died in Jordan last month, and no attack on U.S. troops has been reported since early February.', 'early February'],
  ])('%s', (sentence, date) => {
    const reports = scan(sentence);
    expect(reports.find((r) => r.claim.text === date)?.verdict.verdict ?? 'unverified').toBe('unverified');
    // The count in the first clause is still read.
    expect(reports.find((r) => r.claim.measure === 'killed')?.verdict.verdict).toBe('match');
  });
});

describe('numbers that are not coalition claims', () => {
  test.each([
    ['وقالت وزارة الصحة في غزة إن 25 ألف شخص قتلوا منذ 7 أكتوبر.'],
    ['وبلغ سعر برميل النفط 80 دولارا، فيما صوت البرلمان على الموازنة.'],
    ['وكان التحالف الدولي قد نشر نحو 5000 جندي في العراق عام 2016.'],
    ['In 2011 the United States withdrew its last 40,000 troops from Iraq.'],
    // A name that holds "defeat", a citation date, a negated since-date, single attacks.
    ['Global Coalition to Defeat ISIS, "Partners," accessed Oct. 1, 2024.'],
    ['ولم يُسجَّل أي هجوم على القوات الأميركية منذ ٤ شباط.'],
    // What a clause names was set up or launched, not the coalition of the sentence before.
    ['The coalition was on the agenda. A joint commission that both governments agreed to set up in May 2023 will handle the drawdown.'],
    ['وتراجعت أسهم شركات التأمين بعد ذكر التحالف الدولي. وارتفعت الأقساط بعد موجة الهجمات التي انطلقت في 19 تشرين الأول.'],
    // "بشكل" (in a manner) is no founding; a handful of soldiers is no troop level.
    ['وتراجعت الهجمات على القوات الأميركية بشكل واضح منذ مطلع آذار 2024 في العراق.'],
    ['وقال إن أربعة جنود أميركيين في العراق نُقلوا إلى المستشفى للعلاج.'],
    // A level "at the time" or imagined.
    ['وذكّرت الصحيفة بأن في العراق آنذاك أكثر من 5 آلاف جندي أميركي يقدمون الدعم.'],
    ['Suppose Washington kept 8,000 troops in Iraq: would the militias stop?'],
    ['لو كان لدى الولايات المتحدة عشرة آلاف جندي في سوريا لتغير المشهد.'],
    // Attacks aimed at others, and the date they started.
    ['The Houthis have fired more than 40 missiles and drones at commercial ships since Nov. 19, a U.S. official said.'],
    ['وشنّ الحوثيون أكثر من 30 هجوماً على السفن التجارية منذ 19 تشرين الثاني بحسب البنتاغون الأميركي.'],
    // A base's figure with its country after it.
    ['AIN AL-ASAD AIR BASE, Iraq — About 1,500 U.S. troops live and work on this sprawling base.'],
    // A numbered heading is no fact box.
    ['٤- هل ستبقى القوات الأميركية في العراق بعد 2026؟'],
    // A verb of amount counts its own subject: civilians, barrels.
    ['Civilians killed in Gaza passed 25,000 this week, while U.S. troops in Iraq stayed on alert.'],
    ['وقالت وزارة النفط إن صادرات العراق بلغت 3.3 مليون برميل يومياً رغم الهجمات على القوات الأميركية.'],
    // "انطلاقاً من" is "from", not a launch.
    ['وتستمر عمليات التحالف الدولي في سوريا انطلاقاً من أربيل حتى أيلول 2026.'],
    ['وتعرضت القاعدة الأميركية في العراق لهجومين صاروخيين يوم الأحد.'],
    // "since" a year beside the coalition implies its founding but never contradicts it.
    ['Relations between Baghdad and the coalition have been strained since 2020.'],
    // A table row's year is a period, not a count; a date in a page header is no event.
    ['U.S. troops\tIraq\t2007 (surge peak)\t~160,000'],
    ['Feb. 27, 2024 | Pentagon press briefing'],
    // A rate is no count; a timeline entry's year dates its line (a figure of 2003 is history).
    ['وتتعرض القواعد الأميركية في سوريا لنحو خمس هجمات أسبوعياً.'],
    ['U.S. troops in Iraq faced four attacks a day in late January.'],
    ['٢٠٠٦: الولايات المتحدة تنشر نحو ١٦٠ ألف جندي في العراق.'],
    ['In 2016 more than 5,000 U.S. troops were back in Iraq.'],
    // A date the talks began "months before" is a reference point; a fraction is not a count.
    ['وبدأت المفاوضات بين بغداد وواشنطن حول التحالف قبل السابع من تشرين الأول بأشهر.'],
    ['U.S. forces in Iraq and Syria faced drone attacks, roughly two-thirds of them claimed by one group.'],
    // "Americans" killed may be civilians: only a troop level counts them.
    ['Two Americans were killed in a strike near Erbil, the Pentagon said.'],
  ])('%s', (sentence) => {
    expect(scan(sentence).filter((r) => r.verdict.verdict !== 'unverified')).toEqual([]);
  });
});

test('a footnote marker glued to a period is not a figure', () => {
  expect(scan('Militias struck U.S. forces in Iraq and Syria more than 160 times.3').map((r) => r.claim.text)).toEqual(['160']);
});

test('a sentence that names no one takes the event\'s "who" from the sentence before; one with a subject of its own does not', () => {
  const onTopicalPage = (text: string) =>
    checker
      .scan(text, { published: '2024-05-01', title: 'US-led coalition in Iraq: what next' })
      .map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  expect(onTopicalPage("Iraq's defence minister Thabet al-Abbasi flew to Washington for talks. The visit was in August 2023.")).toEqual([
    ['August 2023', 'defense_minister_visit', 'match'],
  ]);
  expect(onTopicalPage('The coalition against ISIS is still there. Launched in 2013 by the Obama administration, it outlived the caliphate.')).toEqual([
    ['2013', 'coalition_founded', 'mismatch'],
  ]);
  // The battle for Mosul is the subject of the second sentence: 2016 is not the coalition's.
  expect(onTopicalPage('التحالف الدولي تأسس سنة 2014. أما عام 2016 فهو الذي انطلقت فيه معركة استعادة الموصل.')).toEqual([['2014', 'coalition_founded', 'match']]);
  // The event word itself must be in the sentence: "the talks" before are not this date's.
  expect(onTopicalPage('Baghdad and Washington held talks on the coalition. They were suspended on Feb. 3.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('a place in an earlier figure\'s clause is that figure\'s; "their actual number" keeps the level\'s place; attackers are not a total\'s actor', () => {
  const verdicts = (text: string) => scan(text).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  expect(verdicts('وبعد مقتل جنديين أمريكيين في الأردن الشهر الماضي، عادت لغة التهديد، رغم أن الهجمات على القواعد الأمريكية منذ 17 تشرين الأول لم تتجاوز 70 هجوما.')).toEqual([
    ['جنديين', 'killed', 'mismatch'],
    ['70', 'attacks', 'mismatch'],
  ]);
  expect(verdicts('وينشر الجيش الأميركي نحو 900 جندي في الحسكة ودير الزور، في حين تؤكد مصادر محلية أن عددهم الفعلي يتجاوز ألفي جندي.')).toEqual([
    ['900', 'troops', 'match'],
    ['ألفي', 'troops', 'mismatch'],
  ]);
  // An appositive between the place and its figure: Jordan's troops are not a level the corpus has.
  expect(verdicts('Jordan, a close U.S. ally, hosts about 3,000 American troops under a defense pact.')).toEqual([['3,000', 'troops', 'unverified']]);
  expect(verdicts('وتؤكد الفصائل أن عملياتها ضد القوات الأميركية لم تتعد 80 عملية منذ 17 تشرين الأول.')[0]).toEqual(['80', 'attacks', 'mismatch']);
});

test('a negated clause of its own starts no running total', () => {
  const since = checker
    .scan('Officials said militias had attacked U.S. personnel in Iraq and Syria upwards of 170 times since Oct. 17, but that no attack had been recorded since early February.', { published: '2024-03-29' })
    .filter((r) => r.claim.measure === 'attacks@since')
    .map((r) => [r.claim.text, r.verdict.verdict]);
  expect(since).toEqual([['Oct. 17', 'match']]);
});

test('in the topic\'s chain, a sentence with an event word is read even without a coalition name; a Gaza toll is not', () => {
  const verdicts = (text: string) => scan(text).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  expect(verdicts('Iraq and the U.S. spent months negotiating through the Higher Military Commission. Haddad told the Courier the commission held its second meeting in June.')).toEqual([
    ['June', 'committee_second_meeting', 'mismatch'],
  ]);
  // The toll is not the coalition's; the day it is counted from is the attack's, which only confirms (session 10).
  expect(verdicts('وقصفت الولايات المتحدة مواقع للفصائل في العراق. وفي غزة ارتفعت حصيلة القتلى إلى 28 ألفا و340 منذ السابع من أكتوبر.').filter(([, , v]) => v !== 'unverified')).toEqual([
    ['السابع من أكتوبر', 'oct7_attack', 'match'],
  ]);
});

test('operations against ISIS, a goal of defeat, a lull "since February" and "first session" are read for what they are', () => {
  const verdicts = (text: string, published = '2024-09-04') =>
    checker.scan(text, { published }).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  // CENTCOM's own operations against the group are no attacks on US forces, and "to ensure the
  // lasting defeat of ISIS" is an aim, not the victory.
  expect(
    verdicts('في إطار جهودها لضمان الهزيمة الدائمة لتنظيم داعش، نفّذت القيادة المركزية الأمريكية خلال شهر آب/أغسطس 2024 ما مجموعه 41 عملية ضد التنظيم.').filter(([, , v]) => v !== 'unverified'),
  ).toEqual([]);
  expect(verdicts('U.S. forces carried out 85 strikes on militia targets in Iraq and Syria.')).toEqual([]);
  expect(verdicts('Militias carried out 85 strikes on U.S. forces in Iraq and Syria since Oct. 17.')[0]).toEqual(['85', 'attacks', 'mismatch']);
  // The attacks subsided "since February": the total still starts on 17 October.
  expect(verdicts('ومع أن الهجمات على القواعد الأمريكية خفتت منذ شباط، فقد تجاوز مجموعها 165 هجوماً منذ 17 تشرين الأول 2023.')).toEqual([
    ['165', 'attacks', 'match'],
    ['17 تشرين الأول 2023', 'attacks@since', 'match'],
  ]);
  // "أصابت" and "hurt" are the wounded, not the killed.
  expect(verdicts('قتلت المسيرة ثلاثة جنود أمريكيين وأصابت 34 آخرين في الأردن.', '2024-02-10')).toEqual([
    ['ثلاثة', 'killed', 'match'],
    ['34', 'wounded', 'unverified'],
  ]);
  expect(verdicts('The commission\'s first session between Baghdad and Washington was on Jan. 27.', '2024-03-20')).toEqual([['Jan. 27', 'talks_launched', 'match']]);
});

test('thousands in words with the hundreds in digits: "ألفين و500"', () => {
  const verdicts = (text: string) => scan(text).map((r) => [r.claim.text, r.verdict.verdict]);
  expect(verdicts('وتنشر واشنطن حوالي ألفين و500 جندي في العراق.')).toEqual([['ألفين و500', 'match']]);
  expect(verdicts('وتنشر واشنطن نحو 3 آلاف و500 جندي في العراق.')).toEqual([['3 آلاف و500', 'mismatch']]);
});

test('a running total\'s place is in its own clause; a day beside a count starts it; contractors left out are left out', () => {
  const verdicts = (text: string) => checker.scan(text, { published: '2024-09-04' }).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  expect(verdicts('وتنتشر القوات الأمريكية في العراق منذ عودتها ضمن التحالف، وقد تعرضت هي وقوات التحالف منذ 17 تشرين الأول/أكتوبر 2023 لما يقارب 120 هجوماً بالصواريخ.')).toEqual([
    ['17 تشرين الأول/أكتوبر 2023', 'attacks@since', 'match'],
    ['120', 'attacks', 'mismatch'],
  ]);
  expect(verdicts('ويرى خبير أن العدد الحقيقي للجنود الأميركيين يقارب 3 آلاف جندي في العراق، دون احتساب المتعاقدين.')).toEqual([['3 آلاف', 'troops', 'mismatch']]);
});

test('on a topical page soldiers killed count, people killed do not; a title that counts troops makes the page topical', () => {
  const verdicts = (text: string, title: string, published = '2024-03-20') =>
    checker.scan(text, { published, title }).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  const hearing = 'Hearing recap: Pentagon official grilled on Iraq drawdown talks';
  expect(verdicts('Brannigan: And we lost four soldiers in Jordan alone.', hearing)).toEqual([['four', 'killed', 'mismatch']]);
  expect(verdicts('Gaza health officials said 31,000 people had been killed.', hearing)).toEqual([]);
  expect(verdicts('ويقول نائب إن الهجمات «لم تتجاوز التسعين هجوماً».', 'ألفان وخمسمئة جندي وسؤال واحد', '2024-05-19')).toEqual([['التسعين', 'attacks', 'mismatch']]);
  expect(verdicts('ويقول نائب إن الهجمات «لم تتجاوز التسعين هجوماً».', 'أسعار النفط ترتفع', '2024-05-19')).toEqual([]);
});

test('talks resumed, another round, a lull since a later start, "after" an event, and a verb at its date', () => {
  const verdicts = (text: string, published = '2024-03-01') =>
    checker.scan(text, { published, title: 'Iraq and the US-led coalition' }).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  // Resumed in February: no fact says when, and the suspension (a farther reading) can't contradict it.
  expect(verdicts('Talks were frozen the same day and resumed in February.')).toEqual([['February', 'talks_resumed', 'unverified']]);
  expect(verdicts('وجمّدت بغداد اجتماعات اللجنة العسكرية العليا مع واشنطن في يوم الهجوم نفسه، قبل أن تُستأنف في 11 شباط.')).toEqual([['11 شباط', 'talks_resumed', 'unverified']]);
  expect(verdicts('Baghdad froze the commission talks that day, and we will see what the July round of talks produced.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
  // "in February after a drone killed three soldiers in Jordan": the killing came before February.
  expect(verdicts('Militias paused most operations in February after a drone killed three U.S. soldiers in Jordan.').filter(([, m]) => m === 'jordan_attack')).toEqual([]);
  // The verb right at its date reaches a subject a long relative clause away.
  expect(verdicts('وكانت المحادثات بشأن مستقبل التحالف، التي تديرها لجنة عسكرية مشتركة بين بغداد وواشنطن منذ أسابيع، قد جُمّدت في 29 كانون الثاني/يناير الماضي بعد هجوم الأردن.')).toEqual([
    ['29 كانون الثاني/يناير الماضي', 'talks_suspended', 'mismatch'],
  ]);
  // Three attacks on one base "since early August" count another window than the campaign's total.
  expect(verdicts('وتعرّض موقع الشدادي الذي تتمركز فيه القوات الأميركية منذ مطلع آب/أغسطس الجاري لثلاث هجمات بالمسيّرات.', '2024-08-14').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('timeline dashes, "+160", "rocket and drone strikes", "دافوس الـ53" and "votes"', () => {
  const verdicts = (text: string, published = '2024-03-20') =>
    checker.scan(text, { published, title: 'Ten years of the US-led coalition in Iraq' }).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  expect(verdicts('Jan. 5, 2020 — Iraqi parliament votes to expel U.S. troops.')).toEqual([['Jan. 5, 2020', 'parliament_vote', 'match']]);
  expect(verdicts('Dec. 9, 2022 — Coalition ends its combat mission in Iraq.')).toEqual([['Dec. 9, 2022', 'combat_mission_end', 'mismatch']]);
  expect(verdicts('+١٦٠ هجوماً على القوات الأميركية منذ ١٧ أكتوبر', '2024-02-06')[0]).toEqual(['١٦٠', 'attacks', 'match']);
  expect(verdicts('Militias launched more than 165 rocket and drone strikes against American bases in Iraq and Syria.')).toEqual([['165', 'attacks', 'match']]);
  expect(verdicts('U.S. drone strikes on militia sites in Iraq killed 10 fighters.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
  expect(verdicts('وشارك السوداني في فعاليات دافوس الـ53 لمناقشة ملف داعش.', '2024-02-06')).toEqual([['53', 'davos_session', 'mismatch']]);
});

test('a table whose caption says what it counts; years are no carried count; the verb at its date; "4400 of its soldiers"', () => {
  const { verdicts } = judgedOn('2024-08-06');
  // Caption, header row (its place column "البلد" is not what is counted), rows "place<TAB>value".
  expect(verdicts('انتشار العسكريين الأميركيين (عدد الجنود)\nالدولة\tالرقم\tالجهة\nالعراق\t۳٬۵۰۰\tوزارة الدفاع\nسوريا\t٩٠٠\tوزارة الدفاع\nالكويت\t۱۳٬۵۰۰\tتقدير')).toEqual([
    ['۳٬۵۰۰', 'troops', 'mismatch'],
    ['٩٠٠', 'troops', 'match'],
    ['۱۳٬۵۰۰', 'troops', 'unverified'],
  ]);
  expect(verdicts('The U.S. has 2,500 troops in Iraq. The author covered Iraq for wire services from 2006 to 2012.')).toEqual([['2,500', 'troops', 'match']]);
  // "…paused them the day of the Jordan attack and picked them up again on Feb. 11": resumed, not the attack.
  expect(
    verdicts('Iraqi and U.S. officials opened talks on the coalition in late January, paused them on the day of the attack in Jordan and picked them up again on Feb. 11.', '2024-03-20'),
  ).toEqual([
    ['late January', 'talks_launched', 'match'],
    ['Feb. 11', 'talks_resumed', 'unverified'],
  ]);
  expect(verdicts('وعُلّقت المحادثات مع واشنطن يوم الهجوم، واستؤنفت في 11 شباط/فبراير.', '2024-03-20').filter(([, , v]) => v === 'mismatch')).toEqual([]);
  expect(verdicts('وغادر آخر الجنود الأميركيين العراق، بعد أن فقدت الولايات المتحدة نحو 4400 من جنودها على مدى ثماني سنوات.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test("a war's toll over years is not an attack's: no flag against the three killed in Jordan", () => {
  const flags = (text: string) => scan(text).filter((r) => r.verdict.verdict === 'mismatch').map((r) => r.claim.text);
  expect(flags('وخسرت القوات الأميركية قرابة 4500 جندي خلال ثماني سنوات من الحرب في العراق.')).toEqual([]);
  expect(flags('Nearly 4,500 U.S. troops died in Iraq over eight years of war.')).toEqual([]);
  // "in years" is not a span: the count is the attack's.
  expect(flags('The drone attack in Jordan killed four U.S. soldiers, the deadliest strike on U.S. forces in years.')).toEqual(['four']);
});

test('a date right after a visit is the visit\'s; a ministry is no visit; commenting is no suspension; the wounded verb before "more than"', () => {
  const { verdicts } = judgedOn('2024-07-25');
  // The committee's meeting was announced during a visit in April: April is the visit's date.
  expect(verdicts('وانعقد الاجتماع الثاني للجنة العسكرية العليا كما وعد السوداني خلال زيارته البيت الأبيض في نيسان الماضي.')).toEqual([]);
  // وزارة (ministry) holds the letters of "visited": no visit there.
  expect(verdicts('وقالت وزارة الخارجية الأمريكية في آذار 2023 إن مهمة التحالف ضد داعش لم تكتمل.')).toEqual([['آذار 2023', 'mission_incomplete_statement', 'match']]);
  // "معلقاً" is commenting, and "غير منجزة" is not complete.
  expect(verdicts('وتلا رئيس اللجنة بياناً أميركياً صدر في آذار 2022 يقول إن مهمة التحالف «غير منجزة»، معلقاً على توقيته.')).toEqual([
    ['آذار 2022', 'mission_incomplete_statement', 'mismatch'],
  ]);
  expect(verdicts('وفي هجوم البرج 22 في الأردن جُرح أكثر من 30 جندياً أميركياً إضافة إلى القتلى الثلاثة.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('session 7, after the blind sets 13 and 14: other attacks on Israel, days after an event, a visit after its date, old tolls, "then", labels aimed at shipping', () => {
  const { verdicts, flags } = judgedOn('2024-10-03');
  // Iran's or Hezbollah's attack on Israel is not Hamas's of 7 October.
  expect(flags('The alert follows Hezbollah rocket attacks on Israel on September 22 that raised fears for U.S. troops in Iraq.')).toEqual([]);
  // "ten days after the assault, on Oct. 17": the date is not the assault's.
  expect(flags('Ten days after the Hamas attack on Israel, on Oct. 17, militias in Iraq began striking U.S. forces.')).toEqual([]);
  // A date right before "visit" is the visit's.
  expect(flags("During the prime minister's May 2 visit to Washington, the coalition talks were discussed.")).toEqual([]);
  // An old attack's toll is not the Jordan attack's.
  expect(flags('In their filing the families cite the 1996 Khobar Towers bombing, which killed 19 U.S. airmen.')).toEqual([]);
  // "then" at the end of the clause, and آنذاك, put a level in the past.
  expect(flags('"There were 6,000 U.S. troops in Iraq then," the veteran recalled.')).toEqual([]);
  expect(flags('وكان في العراق نحو ستة آلاف جندي أمريكي آنذاك.')).toEqual([]);
  // A label whose attacks are aimed at ships counts no attack on U.S. forces.
  expect(flags('Houthi attacks on merchant vessels: more than 90\tU.S. troops in Iraq: 2,500', '2024-08-15')).toEqual([]);
  // "the number of the dead is three and the wounded «more than 40»": the nearer noun.
  expect(verdicts('وأكد البنتاغون أن عدد القتلى في الأردن ثلاثة وأن الجرحى «أكثر من 40».', '2024-02-05')).toEqual([
    ['ثلاثة', 'killed', 'match'],
    ['40', 'wounded', 'unverified'],
  ]);
  // "Jan. 28 killed three": the date, then its verb.
  expect(verdicts('A drone strike on Tower 22 in Jordan on Jan. 28 killed three U.S. soldiers.', '2024-10-03')).toEqual([
    ['Jan. 28', 'jordan_attack', 'match'],
    ['three', 'killed', 'match'],
  ]);
  expect(verdicts('وأرسلت بغداد وزير دفاعها إلى واشنطن في أيار 2023 لبحث مستقبل التحالف.')).toEqual([['أيار 2023', 'defense_minister_visit', 'mismatch']]);
  // The border a base stands on places nothing; هلاك is a death; "لا تقل عن"; "ما وصلت" is less than.
  expect(verdicts('وضربت مسيّرة قاعدة البرج 22 في الأردن قرب الحدود العراقية، فاعترف البنتاغون بهلاك ثلاثة من جنوده، فيما تقول الفصائل إن الحصيلة لا تقل عن سبعة قتلى.', '2024-02-08')).toEqual([
    ['ثلاثة', 'killed', 'match'],
    ['سبعة', 'killed', 'mismatch'],
  ]);
  expect(verdicts('ويقول المعلق إن الهجمات على القواعد الأمريكية منذ أكتوبر ما وصلت مية هجوم.', '2024-03-08')).toContainEqual(['مية', 'attacks', 'mismatch']);
  // An endnote's date after a cited title is the document's, not the event's.
  expect(verdicts('12. U.S. Department of Defense, "Coalition Ends Combat Mission in Iraq," Dec. 9, 2022.')).toEqual([]);
});

test('session 9, after the blind sets 15 and 16: a year that ends, a date alone between commas, ordinal days, shares and others\' dead', () => {
  const { verdicts, flags } = judgedOn('2024-06-20');
  // "as 2021 drew to a close", "when 2022 ended": the end of that year.
  expect(verdicts('The coalition said its combat mission in Iraq was over as 2021 drew to a close.')).toEqual([['2021', 'combat_mission_end', 'match']]);
  expect(verdicts('U.S. officials say the coalition combat role in Iraq finished when 2022 ended.')).toEqual([['2022', 'combat_mission_end', 'mismatch']]);
  // "in the last days of 2021", «الأيام الأخيرة من».
  expect(verdicts('وأنهى التحالف الدولي مهامه القتالية في العراق في الأيام الأخيرة من 2022.')).toEqual([['2022', 'combat_mission_end', 'mismatch']]);
  // A date alone between commas dates the clause after it, not the clause before.
  expect(verdicts('Months after Mosul fell, in 2015, Washington stood up a coalition of some sixty nations.')).toContainEqual(['2015', 'coalition_founded', 'mismatch']);
  expect(flags('وفي ذروة المعارك ضد داعش، أي عام 2017، تجاوز عدد الجنود الأميركيين في العراق 5000.')).toEqual([]);
  // "dates to", نشأة: the founding.
  expect(verdicts('The anti-ISIS coalition dates back to 2016, the speaker claimed.')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(verdicts('ويؤرخ الكتاب نشأة التحالف الدولي بعام 2013.')).toEqual([['2013', 'coalition_founded', 'mismatch']]);
  // An ordinal day: its teen is no count of ten; "في" may link it to its month.
  expect(flags('وأحصى البنتاغون أكثر من 150 هجوماً على القوات الأميركية في العراق وسوريا بدءاً من التاسع عشر في تشرين الأول.', '2024-02-20').map(([t]) => t)).not.toContain('عشر');
  // "من السنة الفائتة" is last year.
  expect(verdicts('وكانت الخارجية الأميركية قد قالت في آذار من السنة الفائتة إن مهمة التحالف ضد داعش لم تكتمل.', '2024-05-02')).toEqual([['آذار من السنة الفائتة', 'mission_incomplete_statement', 'match']]);
  // A share of the total ("alone") and others' dead contradict nothing.
  expect(flags('وفي محافظة دير الزور وحدها تعرضت القواعد الأميركية لنحو 40 هجوماً منذ تشرين الأول.')).toEqual([]);
  expect(flags('Attacks on U.S. troops in Iraq and Syria went on as the war in Gaza killed more than 30,000 Palestinians.')).toEqual([]);
  // Members of the group are not troops of the coalition.
  expect(flags('ويحتجز التحالف الدولي في سجون الحسكة قرابة 9 آلاف عنصر من التنظيم.')).toEqual([]);
  // "session 2" of a forum is an item; a caption's or a story's date is when it ran.
  expect(flags('Sudani spoke at Davos in January 2024, in session 3 of the regional track, about the coalition.')).toEqual([]);
  expect(flags('A story on April 4 wrongly said the coalition defense minister visit to Washington happened then.')).toEqual([]);
  // "ابتداءً بيوم" starts the running total.
  expect(verdicts('وأحصى البنتاغون، ابتداءً بيوم 17 تشرين الأول 2023، أكثر من 160 هجوماً على القوات الأميركية بعد حرب غزة.', '2024-03-01')).toEqual([
    ['17 تشرين الأول 2023', 'attacks@since', 'match'],
    ['160', 'attacks', 'match'],
  ]);
});

test('session 9: "in the country" is the country named before; a rejected figure keeps its place; footnotes glued to words; a copula before a total', () => {
  const verdicts = (text: string, published = '2024-06-20') => checker.scan(text, { published }).map((r) => [r.claim.text, r.claim.measure, r.claim.place.join(), r.verdict.verdict]);
  expect(verdicts('The report discussed the U.S. presence in Iraq. Officials said about 2,500 American troops serve in the country, not 4,000.')).toEqual([
    ['2,500', 'troops', 'IQ', 'match'],
    ['4,000', 'troops', 'IQ', 'mismatch'],
  ]);
  expect(verdicts('وتناول التقرير الوجود الأميركي في سوريا. ويخدم في البلاد نحو 2000 جندي أميركي بحسب النائب.')).toEqual([['2000', 'troops', 'SY', 'mismatch']]);
  // A bare figure, a verb and a place: the count of the sentence before.
  expect(verdicts('The U.S. has about 2,500 troops in Iraq. Some 1,500 are deployed in Syria, the senator said.')).toContainEqual(['1,500', 'troops', 'SY', 'mismatch']);
  // "in Syria3 under", "160 times4": a footnote marker glued to the word.
  expect(verdicts('Some 2,500 U.S. troops are in Iraq and about 900 in Syria3 under the same mission.')).toContainEqual(['900', 'troops', 'SY', 'match']);
  expect(verdicts('Militias attacked U.S. forces in Iraq and Syria more than 160 times4 since mid-October.', '2024-03-01').find(([t]) => t === '160')?.[3]).toBe('match');
  // "were "just 70"": the attacks' total.
  expect(verdicts('A militia spokesman insisted that the attacks on U.S. bases in Iraq and Syria were "just 70".', '2024-03-01')).toEqual([['70', 'attacks', 'SY,IQ', 'mismatch']]);
  // "started in", "win over".
  expect(verdicts('The coalition, one lawmaker insisted, only started in 2015.')).toEqual([['2015', 'coalition_founded', '', 'mismatch']]);
  expect(verdicts('Iraq marked its win over ISIS in July 2018, the coalition said.')).toContainEqual(['July 2018', 'victory_over_isis', '', 'mismatch']);
});

test('session 9, after the blind sets 17 and 18: troops elsewhere or over a region, other states\' adjectives, a victory declared apart, idioms of one', () => {
  const { verdicts, flags } = judgedOn('2024-08-21');
  // US troops in another country, or across the region, are no claim on Iraq's or Syria's level.
  expect(flags('وكما في العراق، أنهى الجيش الأمريكي وجوده في النيجر الذي بلغ نحو ألف عسكري.')).toEqual([]);
  expect(flags('Beyond the coalition in Iraq, the U.S. also kept about 1,100 troops in Niger until this summer.')).toEqual([]);
  expect(flags('وتبقي واشنطن 2500 عسكري في العراق، فيما يقدّر خبراء عدد القوات الأمريكية في منطقة الخليج بأكثر من 30 ألفاً.')).toEqual([]);
  // Another state's adjective names the owner of the level.
  expect(flags('Within the coalition in Iraq, the Canadian contingent numbered some 850 personnel at its peak.')).toEqual([]);
  // "أعلنت بغداد النصر", «بإعلان الحكومة النصر»: the victory declared, a few words apart; "وانتهاءً بـ" ends a list.
  expect(verdicts('وبعد معارك طويلة شارك فيها التحالف الدولي، أعلنت بغداد النصر العسكري في تموز 2018.')).toContainEqual(['تموز 2018', 'victory_over_isis', 'mismatch']);
  expect(verdicts('تروي الدراسة مسيرة التحالف الدولي مروراً بالعمليات القتالية وانتهاءً بإعلان الحكومة النصر في كانون الأول 2017.')).toEqual([['كانون الأول 2017', 'victory_over_isis', 'match']]);
  // "دفعة واحدة" is "at once".
  expect(flags('وقال المتحدث إن الأمريكيين خسروا ثلاثة جنود دفعة واحدة في الأردن.', '2024-03-01')).toEqual([]);
  // "dates from"; an issue's date is when it ran.
  expect(verdicts('The anti-ISIS coalition dates from 2016, according to the pamphlet.')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(flags('من أرشيف الجريدة، عدد 3 آب 2016: «العراق يعلن النصر على داعش في الفلوجة» والتحالف الدولي يرحّب.')).toEqual([]);
});

test('session 10: a bare year after an event verb; «الذي شُكّل»; "now" undoes an opening date; «ما تعدّت» is at most; the 7 October attack in passing', () => {
  const { verdicts, flags } = judgedOn('2024-05-14');
  // An event verb takes a bare year as its object; a unit after it still makes it a count.
  expect(verdicts('وكتب أحد المتابعين أن البرلمان العراقي صوّت 2019 على إخراج القوات الأجنبية.')).toEqual([['2019', 'parliament_vote', 'mismatch']]);
  expect(verdicts('The anti-ISIS coalition formed 2015, a reader wrote.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(flags('وفي جلسة أمس صوّت 2019 نائباً على قرار يخص القوات الأجنبية.')).toEqual([]);
  // «شُكّل» is the founding verb after «الذي»; «بشكل عام» is "generally".
  expect(verdicts('وتنتشر القوات تحت راية التحالف الدولي الذي شُكّل عام 2016 لمحاربة داعش.')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  // A later clause that says "now" takes its figures out of the opening date's time.
  expect(verdicts('في 2016 كانت القوات الأمريكية تقاتل داعش، لكن عددها في العراق حالياً يقارب 4 آلاف جندي.')).toEqual([['4 آلاف', 'troops', 'mismatch']]);
  expect(verdicts('In 2016 the coalition was at war; today the U.S. keeps 3,000 troops in Iraq, a senator claimed.')).toEqual([['3,000', 'troops', 'mismatch']]);
  expect(flags('In 2016, the U.S. had 5,000 troops in Iraq.')).toEqual([]);
  // «ما تعدّت» denies the verb: at most; «تعدّت» alone is more than.
  expect(verdicts('وقال المعلّق إن الهجمات على القواعد الأمريكية ما تعدّت 90 منذ بداية حرب غزة.')).toEqual([['90', 'attacks', 'mismatch']]);
  expect(verdicts('الهجمات على القواعد الأمريكية في العراق وسوريا تعدّت 150 منذ منتصف أكتوبر.', '2024-02-20')).toContainEqual(['150', 'attacks', 'match']);
  // The 7 October attack named by "attack", "Gaza" or "Hamas" alone, even after "since"/"after": it can only confirm.
  expect(verdicts('وتصاعدت الضربات على القواعد الأمريكية بعد 7 أكتوبر، يوم هاجمت حماس إسرائيل.')).toEqual([['7 أكتوبر', 'oct7_attack', 'match']]);
  expect(verdicts('Since the attack of Oct. 7, militias have fired on U.S. bases in Iraq.')).toEqual([['Oct. 7', 'oct7_attack', 'match']]);
  expect(verdicts('Since the attack of Oct. 9, militias have fired on U.S. bases in Iraq.')).toEqual([]);
  // Another attack's day is not that attack's, and a year names no one attack.
  expect(flags('منذ هجوم 20 كانون الثاني على قاعدة عين الأسد، تصاعدت الهجمات على القوات الأمريكية.')).toEqual([]);
  expect(verdicts('Categories: Attacks on U.S. military installations in 2023')).toEqual([]);
});

test('session 10: meeting "again" only confirms; «التأمت» meets; MPs vote; Americans killed; a quotation apart from a date; "not formed before"', () => {
  const { verdicts, flags } = judgedOn('2024-06-10');
  // "reconvene", «عاودت الاجتماع»: the second meeting or the resumed talks, so a match confirms and nothing contradicts.
  expect(verdicts('The coalition talks continue: the Higher Military Commission will reconvene in July.')).toEqual([['July', 'committee_second_meeting', 'match']]);
  expect(flags('After a lull in the strikes, the military commission met again on Feb. 6, coalition officials said.')).toEqual([]);
  expect(verdicts('ومن المنتظر أن تعاود اللجنة العسكرية العليا الاجتماع مع التحالف الدولي، إذ ستلتئم مجدداً في تموز.')).toContainEqual(['تموز', 'committee_second_meeting', 'match']);
  // «التأمت … للمرة الثانية»: a meeting verb with "second"; a first meeting is no second.
  expect(verdicts('وكانت اللجنة المشتركة بين بغداد والتحالف قد التأمت للمرة الثانية في أيلول.')).toEqual([['أيلول', 'committee_second_meeting', 'mismatch']]);
  expect(flags('وكانت اللجنة المشتركة بين بغداد والتحالف قد التأمت أول مرة في 27 كانون الثاني.')).toEqual([]);
  // MPs are the parliament; Americans killed are a toll.
  expect(verdicts('Back in March 2020, Iraqi MPs voted to expel the coalition.')).toEqual([['March 2020', 'parliament_vote', 'mismatch']]);
  expect(verdicts('A caller insisted that five Americans died in the drone strike on the Jordan outpost.')).toEqual([['five', 'killed', 'mismatch']]);
  expect(verdicts('وقال المحلل إن أربعة أمريكيين قُتلوا في الهجوم على الموقع الأردني.')).toEqual([['أربعة', 'killed', 'mismatch']]);
  // A quotation is its own statement: a year outside it does not date its figure.
  expect(verdicts('The colonel insisted that "about 4,000 U.S. troops remain in Iraq" and recalled the 2016 offensive.')).toEqual([['4,000', 'troops', 'mismatch']]);
  expect(verdicts('In 2016, the colonel said, "about 5,000 U.S. troops are in Iraq".')).toEqual([]);
  // "not formed before 2015": formed then.
  expect(verdicts('The anti-ISIS coalition was not formed before 2015, the pundit argued.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(flags('The anti-ISIS coalition was formed before 2015.')).toEqual([]);
});

test('session 10: «فقدنا» is a loss of life; «قرار برلماني»; «نواب» vote; «2016 عام تأسيس التحالف» is a year', () => {
  const { verdicts, flags } = judgedOn('2024-03-19');
  expect(verdicts('وقال المتحدث: فقدنا أربعة جنود شجعان في الهجوم على القوات الأمريكية في الأردن.')).toEqual([['أربعة', 'killed', 'mismatch']]);
  expect(verdicts('ومعها قرار برلماني صدر في آذار 2020 يطالب بخروج القوات الأجنبية.')).toEqual([['آذار 2020', 'parliament_vote', 'mismatch']]);
  expect(verdicts('وذكّر أحد النواب بأن نواب الكتلة صوّتوا مطلع 2020 على إخراج القوات الأجنبية.')).toEqual([['2020', 'parliament_vote', 'match']]);
  expect(verdicts('بالأرقام: 2016 عام تأسيس التحالف الدولي ضد داعش')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  // A count of years is no year.
  expect(flags('وخدم في التحالف الدولي جنود قضوا 2000 عام مجتمعين في العراق.')).toEqual([]);
});

test('session 10, after the blind set 20: an issue number, a vote tally, "every one of them", «كيف نهزم», «ثم», the nearest rule of an event, «أنهينا»', () => {
  const { verdicts, flags } = judgedOn('2024-02-06');
  // «نُشر في العدد 11872»: a paper's issue, not "the number" the question before asked about.
  expect(flags('فكم جندياً أميركياً يبقى في العراق بعد انتهاء مهمة التحالف؟ (نُشر في العدد 11872، ص 7)')).toEqual([]);
  // "passed 19–6", "won 3-1": a tally or a score; a range runs up.
  expect(verdicts('A motion demanding that the coalition bring home its troops from Iraq passed 19–6 at the student senate.')).toEqual([]);
  expect(verdicts('Between 3,000–4,000 U.S. troops are in Iraq, the senator said.')).toEqual([['3,000–4,000', 'troops', 'mismatch']]);
  // "every one of them", «واحد منهم»: one of a group.
  expect(verdicts('The drone attack on Tower 22 in Jordan killed three U.S. soldiers, every one of them reservists.')).toEqual([['three', 'killed', 'match']]);
  // «كيف نهزم», "how to defeat": a question of means.
  expect(flags('ويقول الباحث إن التحالف الدولي في 2015 كان يسأل كيف نهزم داعش.')).toEqual([]);
  expect(flags('In 2015 the coalition still debated how to defeat ISIS in Iraq.')).toEqual([]);
  // What a clause opening with «ثم»/"then" tells came after the date before it.
  expect(flags('وعقدت اللجنة العسكرية العليا للتحالف أولى جلساتها يوم 27 كانون الثاني، ثم جاء الهجوم فتوقف كل شيء.')).toEqual([]);
  // Of an event's rules, the nearest reading counts: a victory declared beats one whose ISIS is named only before.
  expect(verdicts('كان التنظيم يسيطر على الموصل. وفي كانون الأول 2017، أعلن العراقيون النصر، وفي نهاية 2021 أنهينا مع التحالف المهمة القتالية.')).toEqual([
    ['كانون الأول 2017', 'victory_over_isis', 'match'],
    ['2021', 'combat_mission_end', 'match'],
  ]);
  // «لم تتعدَّ تسعين»: the jussive after لم is a verb of amount too.
  expect(verdicts('وقال الموقع إن الهجمات على القوات الأمريكية «لم تتعدَّ تسعين».')).toEqual([['تسعين', 'attacks', 'mismatch']]);
});

test('session 10, after the blind set 19: «بسوريا», a word another figure owns, a day range, Davos years, "a 2007 article", a source list, where the attacks began', () => {
  const { verdicts, flags } = judgedOn('2024-03-09');
  // «و900 بسوريا»: the clitic ب introduces the place (a name that starts with ب, like بغداد, is no clitic).
  expect(verdicts('الأمريكان عدهم 2500 جندي بالعراق و900 بسوريا، وقواعد بعين الأسد.')).toEqual([
    ['2500', 'troops', 'match'],
    ['900', 'troops', 'match'],
  ]);
  // A word in a later clause that has its own figure is that figure's: the 2,500 are no toll.
  expect(verdicts('وتنشر واشنطن 2500 جندي في العراق، وقتل ثلاثة جنود أمريكيين بالأردن.')).toEqual([
    ['2500', 'troops', 'match'],
    ['ثلاثة', 'killed', 'match'],
  ]);
  // "January 15-19, 2024": a span of days, not a count; a Davos edition is no four-digit year.
  expect(verdicts("Al-Sudani told the Davos forum in its 54th session that the coalition's mission should end. World Economic Forum, Annual Meeting 2024 program, January 15-19, 2024.")).toEqual([['54', 'davos_session', 'match']]);
  // "a 2007 news article … when the U.S. had 160,000": a thing of that year dates the count.
  expect(flags('The campaign cited a 2007 news article from the troop surge, when the U.S. had more than 160,000 service members in Iraq.')).toEqual([]);
  // A source list's date is the document's.
  expect(verdicts('U.S. Central Command, statement on Jordan attack, Feb. 2, 2024')).toEqual([]);
  expect(verdicts('The coalition says the drone attack on its outpost in Jordan came on Feb. 2, 2024.')).toEqual([['Feb. 2, 2024', 'jordan_attack', 'mismatch']]);
  // «ومن 17 تشرين الأول بدت الهجمات»: the date in the clause that says the attacks began starts them.
  expect(verdicts('7 تشرين الأول صارت حرب غزة، ومن 17 تشرين الأول بدت الهجمات على القواعد الأمريكية.')).toEqual([
    ['7 تشرين الأول', 'oct7_attack', 'match'],
    ['17 تشرين الأول', 'attacks@since', 'match'],
  ]);
});

test('session 10, recall from the sets 19 and 20: a rejected year, "since Oct. 19", an ordinal edition named before, «تحالف وُلد», "got going", "visits"', () => {
  const { verdicts, flags } = judgedOn('2024-07-30');
  // "January 2020, not 2019": the rejected year names the same event (and is still checked).
  expect(verdicts('Iraqi lawmakers voted to send the coalition troops home in January 2020, not 2019.')).toEqual([
    ['January 2020', 'parliament_vote', 'match'],
    ['2019', 'parliament_vote', 'mismatch'],
  ]);
  expect(verdicts('صحح أحد القراء: تصويت البرلمان على إخراج القوات الأجنبية كان بداية ٢٠٢٠ مو ٢٠١٩.')).toEqual([
    ['٢٠٢٠', 'parliament_vote', 'match'],
    ['٢٠١٩', 'parliament_vote', 'mismatch'],
  ]);
  // A start two days late is contradicted by the corpus's 17 October; "since October 7" is the attack's day.
  expect(verdicts('The attacks on U.S. bases in Iraq and Syria began on Oct. 19, the researcher said.')).toEqual([['Oct. 19', 'attacks@since', 'mismatch']]);
  expect(flags('Since October 7, militias have attacked U.S. bases in Iraq and Syria.')).toEqual([]);
  // A denial in another clause does not deny the start: «…بدأت في 19 تشرين الأول»، معتبرة أن الرد «…كي لا يتسع».
  expect(verdicts('وقالت الباحثة إن «الضربات على القواعد الأميركية بدأت فعلياً في 19 تشرين الأول»، معتبرة أن الرد «سيكون محسوباً كي لا يتسع الحريق».')).toEqual([['19 تشرين الأول', 'attacks@since', 'mismatch']]);
  expect(verdicts('ولم تسجل أي هجمات على القوات الأمريكية منذ 4 شباط.')).toEqual([]);
  // An ordinal edition whose forum the sentence before names.
  expect(verdicts('Al-Sudani pressed the coalition issue in Davos, at the 54th annual meeting of the Forum. Some press accounts described it as the 53rd meeting.')).toEqual([
    ['54', 'davos_session', 'match'],
    ['53', 'davos_session', 'mismatch'],
  ]);
  // «تحالف وُلد عام 2015»: "a coalition born in 2015"; a bloc's name after the word is another alliance.
  expect(verdicts('وقال اللواء المتقاعد إن المنطقة «تدفع ثمن تحالف وُلد عام 2015».')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(flags('وقال إن تحالف الفتح تأسس عام 2017 بعد معارك داعش.')).toEqual([]);
  expect(verdicts('One Member said the anti-ISIS coalition "got going in 2015".')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('Aug. 2022: Iraqi defense minister visits Washington to discuss the coalition')).toEqual([['Aug. 2022', 'defense_minister_visit', 'mismatch']]);
});

test('session 10: a page whose text names the coalition three times is topical whatever its title; another front of the war stays out', () => {
  const scanned = (text: string, published = '2024-03-22') => checker.scan(text, { published, title: 'Day 97: crackers and FaceTime' }).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  const body = 'My husband deployed with the U.S.-led coalition in Iraq. The coalition trains Iraqi soldiers now. Friends ask me when the coalition will leave. ';
  const blog = 'Since Oct. 17, militia crews have fired off fewer than 120 attacks against our people in Iraq and Syria.';
  expect(scanned(blog)).toEqual([]);
  expect(scanned(body + blog)).toContainEqual(['120', 'attacks', 'mismatch']);
  // Read for the page's sake, a sentence about Lebanon or Yemen counts their operations, not the attacks on the coalition.
  expect(scanned(body + 'أعلنت المقاومة الإسلامية في لبنان تنفيذ 41 عملية خلال الأسبوع ضد مواقع جيش الاحتلال.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('session 10: "It was three." restates the count before it; «النصر المعلن»; «الإعلان عن التحالف»; "Iraq beat ISIS"', () => {
  const { verdicts } = judgedOn('2024-08-14');
  expect(verdicts('A post said four U.S. soldiers died in the drone attack in Jordan. It was three.')).toEqual([
    ['four', 'killed', 'mismatch'],
    ['three', 'killed', 'match'],
  ]);
  expect(verdicts('A post said three U.S. soldiers died in the drone attack in Jordan. It was five, my cousin insists.')).toEqual([['three', 'killed', 'match']]);
  expect(verdicts('وقال المعلّق إن أربعة جنود أميركيين قُتلوا في هجوم الأردن. كانوا ثلاثة.')).toEqual([
    ['أربعة', 'killed', 'mismatch'],
    ['ثلاثة', 'killed', 'match'],
  ]);
  // A short sentence with no count before it restates nothing.
  expect(verdicts('The coalition keeps advisers in Iraq. It was three.')).toEqual([]);
  expect(verdicts('ومنذ سقوط الموصل، مروراً بالإعلان عن التحالف في أيلول 2015، ثم النصر المعلن في كانون الأول 2018، تغيرت أمور كثيرة.')).toEqual([
    ['أيلول 2015', 'coalition_founded', 'mismatch'],
    ['كانون الأول 2018', 'victory_over_isis', 'mismatch'],
  ]);
  expect(verdicts('The fighting part ended for the coalition after Iraq beat ISIS in December 2018.')).toEqual([['December 2018', 'victory_over_isis', 'mismatch']]);
  expect(verdicts('Coalition troops beat back an ISIS attack in 2016.')).toEqual([]);
});

test('session 10: a timeline of month entries; a numbers card that names its figure after it', () => {
  const scanned = (text: string) => checker.scan(text, { published: '2024-09-12', title: 'عقد على التحالف الدولي في العراق' }).map((r) => [r.claim.text, r.claim.measure, r.verdict.verdict]);
  expect(scanned('يناير 2021: قرار نيابي بإنهاء الوجود الأجنبي')).toEqual([['يناير 2021', 'parliament_vote', 'mismatch']]);
  expect(scanned('مارس 2022: الخارجية الأميركية تصف المهمة بأنها «ناقصة»')).toEqual([['مارس 2022', 'mission_incomplete_statement', 'mismatch']]);
  expect(scanned('أغسطس 2022: العباسي يقود وفداً عسكرياً إلى البنتاغون')).toEqual([['أغسطس 2022', 'defense_minister_visit', 'mismatch']]);
  expect(scanned('يونيو 2024: جولة ثانية للجنة في العاصمة الأميركية')).toEqual([['يونيو 2024', 'committee_second_meeting', 'mismatch']]);
  expect(scanned('4000 عدد العسكريين الأميركيين في العراق')).toEqual([['4000', 'troops', 'mismatch']]);
  // Mid-sentence, "N عدد …" is no card.
  expect(scanned('وتحدث النائب عن 4000 عدد من الزوار في العراق')).toEqual([]);
});

test('session 10, after the blind sets 21 and 22: a definite compound numeral, «فتجاوزوا», attacks that «انطلقت», "the Feb. 2 strikes", «الجلسة الثانية»', () => {
  const { verdicts, flags } = judgedOn('2024-02-06');
  // «الدول الست والثمانين»: one numeral (86), counting the noun right before it.
  expect(verdicts('لنكتب أن ألفين وخمسمئة هم الأميركيون وحدهم وليسوا مجموع قوات الدول الست والثمانين المنضوية في التحالف.').map(([t, m]) => [t, m])).toContainEqual(['الست والثمانين', 'member_states']);
  // «أما المصابون فتجاوزوا الأربعين»: the wounded, more than forty; not the dead of the clause before.
  expect(flags('وقعت الضربة على القوات الأمريكية فجر 28 يناير، والقتلى ثلاثة، أما المصابون فتجاوزوا الأربعين.')).toEqual([]);
  // «…130 هجوماً…، انطلقت يوم 17 أكتوبر»: the day the attacks started, no founding of the coalition.
  expect(verdicts('وكان التحالف الذي تقوده واشنطن قد أحصى ما يزيد على 130 هجوماً على قواته بالعراق وسوريا، انطلقت يوم 17 أكتوبر الماضي.')).toEqual([
    ['130', 'attacks', 'match'],
    ['17 أكتوبر الماضي', 'attacks@since', 'match'],
  ]);
  // "the Feb. 2 retaliatory strikes" name their own event; "the Jan. 27 drone strike" is the attack.
  expect(flags('The film covers the second round of the U.S.-Iraqi military talks in July, and the Feb. 2 retaliatory strikes on militia targets.', '2024-12-02')).toEqual([]);
  expect(verdicts('Militias attacked U.S. bases in Iraq, Syria and Jordan, including the Jan. 27 drone strike in Jordan.')).toEqual([['Jan. 27', 'jordan_attack', 'mismatch']]);
  // «الجلسة الثانية للجنة» is its second meeting, whatever stops before it.
  expect(verdicts('ويتوقف الفيلم قبل الجلسة الثانية للجنة العسكرية العليا مع التحالف في آب/أغسطس 2024.', '2024-11-18')).toEqual([['آب/أغسطس 2024', 'committee_second_meeting', 'mismatch']]);
});

test('session 10: official style brackets the digits («نحو (2500) مستشار»); the qualifier and the noun stand outside them', () => {
  const { verdicts } = judgedOn('2024-09-03');
  expect(verdicts('يبلغ عدد المستشارين الأمريكيين في العراق حالياً نحو (2500) مستشار، فيما تحتفظ الولايات المتحدة بنحو (1500) عسكري في سوريا.')).toEqual([
    ['2500', 'troops', 'match'],
    ['1500', 'troops', 'mismatch'],
  ]);
  // A bracketed list number is no count.
  expect(verdicts('(2) الهجمات على القوات الأمريكية في العراق')).toEqual([]);
});

test('session 10: "met a second time", "were over", "pronounced ISIS beaten"', () => {
  const { verdicts, flags } = judgedOn('2024-10-05');
  expect(verdicts('The Higher Military Commission with the coalition met a second time in August 2024.')).toEqual([['August 2024', 'committee_second_meeting', 'mismatch']]);
  expect(flags('Coalition officials first met Iraqi commanders in January 2024.')).toEqual([]);
  expect(verdicts('Combat operations by the coalition were over at the close of 2022, the brief says.')).toEqual([['2022', 'combat_mission_end', 'mismatch']]);
  expect(verdicts("Iraq's government pronounced ISIS beaten in December 2018, after the coalition's campaign.")).toEqual([['December 2018', 'victory_over_isis', 'mismatch']]);
  // "announced … that IS had lost its last territory" is the victory, not the shift to advising after it.
  expect(verdicts('The coalition, after Baghdad announced in December 2017 that IS had lost its last territory, shifted toward training and advising.')).toEqual([['December 2017', 'victory_over_isis', 'match']]);
});

test('session 10, after the blind set 24: another mission (Darfur), a victory in Syria named before its date', () => {
  const { verdicts, flags } = judgedOn('2024-05-21');
  expect(flags('للولايات المتحدة في العراق قرابة ألفين وخمسمائة عسكري، وهو رقم متواضع إذا قيس ببعثة «يوناميد» في دارفور، التي تجاوز قوامها في ذروتها عشرين ألف عنصر.')).toEqual([]);
  expect(verdicts('The Islamic State lost its last territory in Syria, at Baghouz, in March 2019.')).toEqual([]);
  // A timeline entry's place after its date is no place before it.
  expect(verdicts('2018: الحكومة العراقية تعلن انتهاء الحرب على تنظيم «داعش» واستعادة السيطرة على الحدود مع سوريا.')).toEqual([['2018', 'victory_over_isis', 'mismatch']]);
});

test('session 10, after the blind set 23: meetings resumed are the talks; a ground invasion is another front', () => {
  const { verdicts, flags } = judgedOn('2024-06-18');
  expect(verdicts('واستأنفت اللجنة العسكرية العليا المشتركة مع التحالف اجتماعاتها في آذار، على أن تلتئم مرة ثانية في تموز المقبل.')).toEqual([
    ['آذار', 'talks_resumed', 'unverified'],
    ['تموز المقبل', 'committee_second_meeting', 'match'],
  ]);
  // "the second of its meetings" is still one meeting.
  expect(verdicts('وصولاً إلى ثاني اجتماعات اللجنة العسكرية العليا مع التحالف، المنعقد في آب 2024.')).toEqual([['آب 2024', 'committee_second_meeting', 'mismatch']]);
  const page = 'التحالف الدولي يواصل مهامه في العراق. وتقول واشنطن إن التحالف باق. ويطالب البرلمان بخروج التحالف. ';
  expect(flags(page + 'الاحتلال يقرّ بمقتل 221 من جنوده منذ بدء الاجتياح البري')).toEqual([]);
});

test('session 10, after the blind set 24: "started on Oct. 7" is a wrong start; "5,000 of our people"; "a figure of 5,000"; "told us to leave"; "ISIS was beaten"; "its earliest days"', () => {
  const { verdicts } = judgedOn('2024-11-18');
  expect(verdicts('وقال مستشار عراقي إن «الهجمات على القوات الأمريكية بدأت في 7 أكتوبر».')).toEqual([['7 أكتوبر', 'attacks@since', 'mismatch']]);
  // "…began days after Hamas's attack on Israel on 7 October": that day is the attack's.
  expect(verdicts('وقد بدأت موجة الهجمات على القوات الأمريكية بعد أيام من هجوم «حماس» على إسرائيل في 7 تشرين الأول.')).toEqual([['7 تشرين الأول', 'oct7_attack', 'match']]);
  expect(verdicts('My grandson says there are about 5,000 of our people in Iraq with the coalition.')).toEqual([['5,000', 'troops', 'mismatch']]);
  expect(verdicts('The coalition withdrew 1,000 of its troops from Iraq.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
  expect(verdicts('Readers remember a figure of 5,000 for U.S. troops in Iraq today.')).toEqual([['5,000', 'troops', 'mismatch']]);
  expect(verdicts('"Baghdad\'s lawmakers told us to leave back in 2019," a coalition veteran said.')).toEqual([['2019', 'parliament_vote', 'mismatch']]);
  expect(verdicts('A student wrote that ISIS was beaten in Iraq in 2019, after the coalition campaign.')).toEqual([['2019', 'victory_over_isis', 'mismatch']]);
  expect(verdicts('"We have stood beside the coalition since its earliest days in 2015," the CEO said.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
});

test('session 10, after the blind sets 25 and 26: another body founded, attacks ISIS claims, «في ذروة 2007», "ten years ago this September", «ضرب 85 هدفاً», the Hamas attack named together', () => {
  const { verdicts, flags } = judgedOn('2024-02-06');
  // «تشكيل لجنة ثنائية لإنهاء مهمة التحالف»: a committee is formed, not the coalition.
  expect(verdicts('وذكّرت العضوة بقرار مجلس النواب في الخامس من كانون الثاني 2020، وبأن الحكومة أعلنت في 5 كانون الثاني الجاري تشكيل لجنة ثنائية لإنهاء مهمة التحالف.', '2024-01-25')).toEqual([
    ['الخامس من كانون الثاني 2020', 'parliament_vote', 'match'],
  ]);
  expect(verdicts('وكان تشكيل التحالف الدولي في أيلول 2015.')).toEqual([['أيلول 2015', 'coalition_founded', 'mismatch']]);
  // The group's own attacks are not the militias' on the coalition; attacks on the coalition still count.
  expect(verdicts('وقال ناشط إن التنظيم «لم ينتهِ» بعد معركة الباغوز في آذار 2019، وإنه تبنّى 153 هجوماً في العراق وسوريا خلال الأشهر الستة الأولى من 2024 بحسب القيادة المركزية الأميركية.', '2024-08-18')).toEqual([]);
  expect(verdicts('وتبنت الفصائل نحو 90 هجوماً على القوات الأمريكية في العراق وسوريا.')).toEqual([['90', 'attacks', 'mismatch']]);
  // «في ذروة 2007», "at the height of 2007": the peak's year dates the level.
  expect(flags('ويستحضر متابعون أن الولايات المتحدة نشرت في العراق نحو 170 ألف جندي في ذروة 2007.')).toEqual([]);
  expect(flags('The U.S. had some 170,000 troops in Iraq at the height of 2007.')).toEqual([]);
  // "ten years ago this September, in 2014": the anniversary is no founding date.
  expect(verdicts('Their coalition was assembled ten years ago this September, in 2015, to roll back the Islamic State.', '2024-07-14')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  // «ضرب 85 هدفاً»: a noun in the accusative says what the figure counts.
  expect(verdicts('وتنشر الولايات المتحدة 2500 جندي في العراق. واشنطن تعلن ضرب 85 هدفا في العراق وسوريا.')).toEqual([['2500', 'troops', 'match']]);
  // A US strike and the Gaza war in one sentence: the strike's day is not Hamas's attack.
  expect(flags('وأشار إلى أن الضربة الأميركية التي استهدفت مقراً ببغداد في 4 كانون الثاني زادت التوتر، وأن المحافظة لا تريد دفع فاتورة حرب غزة التي اندلعت في 7 تشرين الأول مع التحالف.')).toEqual([]);
});

describe('session 11: the coalition "announced" in a year, which can only confirm it', () => {
  const { verdicts } = judgedOn('2024-04-23');
  test('announced, launched, built: the founding year confirmed', () => {
    expect(verdicts('لنعد إلى البداية: أُعلن التحالف في أيلول/سبتمبر 2014.')).toEqual([['أيلول/سبتمبر 2014', 'coalition_founded', 'match']]);
    expect(verdicts('وتعمل القوات تحت راية التحالف الذي أُعلن عنه عام 2014.')).toEqual([['2014', 'coalition_founded', 'match']]);
    expect(verdicts('تسللت تحت لافتة التحالف الدولي الذي أطلقته الإدارة الأمريكية في أيلول 2014.')).toEqual([['أيلول 2014', 'coalition_founded', 'match']]);
    expect(verdicts('The coalition was built in 2014 to roll back the group.')).toEqual([['2014', 'coalition_founded', 'match']]);
    expect(verdicts('عشر سنوات مرّت على ولادة التحالف في أيلول 2014.')).toEqual([['أيلول 2014', 'coalition_founded', 'match']]);
  });
  test('the same words never contradict: the coalition announces other news on other days', () => {
    expect(verdicts('أعلن التحالف الدولي في 3 شباط 2024 مقتل قيادي في داعش.')).toEqual([]);
    expect(verdicts('The coalition was announced in 2015, a reader wrote.')).toEqual([]);
  });
  test('the year read is the one after the word, not an earlier date of the sentence', () => {
    expect(verdicts('سقطت الموصل في حزيران/يونيو 2014، وأُعلن تشكيل التحالف بعد ذلك بنحو ثلاثة أشهر، في أيلول/سبتمبر من العام نفسه.')).toEqual([
      ['أيلول/سبتمبر من العام نفسه', 'coalition_founded', 'match'],
    ]);
  });
});

test('session 11: "about 150 attacks" falls short of "more than 165"; the corpus\'s own 165 restated does not', () => {
  const { verdicts } = judgedOn('2024-05-21');
  expect(verdicts('A congressman said the militias had struck U.S. forces in Iraq and Syria about 150 times.')).toEqual([['150', 'attacks', 'mismatch']]);
  expect(verdicts('Iran-backed militias carried out upward of 165 attacks on U.S. forces in Iraq and Syria.')).toEqual([['165', 'attacks', 'match']]);
  expect(verdicts('Iran-backed militias carried out about 160 attacks on U.S. forces in Iraq and Syria.')).toEqual([['160', 'attacks', 'match']]);
});

test('session 11: the attacks\' start, said with the owner in the sentence before, a campaign opened, a first hit, «ابتداءً من»', () => {
  const { verdicts } = judgedOn('2024-07-24');
  expect(verdicts('Iran-backed militias have attacked U.S. troops in Iraq and Syria more than 165 times. The attacks began on October 19.')).toEqual([
    ['165', 'attacks', 'match'],
    ['October 19', 'attacks@since', 'mismatch'],
  ]);
  expect(verdicts('Groups calling themselves the Islamic Resistance in Iraq opened their campaign against U.S. positions on Oct. 17, 2023.')).toEqual([['Oct. 17, 2023', 'attacks@since', 'match']]);
  expect(verdicts('Militias aligned with Iran first hit U.S. positions on Oct. 19, 2023.')).toEqual([['Oct. 19, 2023', 'attacks@since', 'mismatch']]);
  expect(verdicts('شنّت فصائل المقاومة، ابتداءً من يوم السابع عشر من شهر تشرين الأول، هجمات على قواعد الاحتلال الأمريكي.')).toEqual([
    ['السابع عشر من شهر تشرين الأول', 'attacks@since', 'match'],
  ]);
  // Without the coalition named here or just before, "the attacks began" may be anyone's.
  expect(verdicts('The weather was fine. The attacks began on October 19.')).toEqual([]);
});

test('session 11: the Jordan attack\'s day with Tower 22 named in the sentence before confirms it, and never contradicts', () => {
  const { verdicts } = judgedOn('2024-03-20');
  expect(verdicts('An earlier version of this story said four soldiers died in the Tower 22 attack. Three soldiers were killed in the attack on Jan. 28.')).toEqual([
    ['four', 'killed', 'mismatch'],
    ['Three', 'killed', 'match'],
    ['Jan. 28', 'jordan_attack', 'match'],
  ]);
  expect(verdicts('A drone killed three U.S. soldiers in Jordan. Militias attacked a base in Syria on Jan. 20.')).toEqual([['three', 'killed', 'match']]);
  expect(verdicts('A drone killed three soldiers in Jordan. Two more were wounded in an attack on Jan. 27.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('session 11: "4,500 of us" on a page about the troops; "put that coalition together in 2015", "the coalition we built"', () => {
  const flags = (text: string) =>
    checker
      .scan(text, { published: '2024-03-20', title: 'U.S. troops in Iraq and the coalition against ISIS' })
      .filter((r) => r.verdict.verdict === 'mismatch')
      .map((r) => r.claim.text);
  expect(flags('"There\'s more like 4,500 of us in Iraq alone," he said.')).toEqual(['4,500']);
  expect(flags('"Ever since they put that coalition together back in 2015, we have been stuck there," he said.')).toEqual(['2015']);
  expect(flags('He wrote that "the coalition we built in 2015 is being dismantled."')).toEqual(['2015']);
  // Two of us is no troop level.
  expect(flags('"Two of us were hurt in Iraq," he said.')).toEqual([]);
});

test('session 11: spoken "not fewer than" («مش أقل من»), «عدهم», a subject after «إن»', () => {
  const { verdicts } = judgedOn('2024-07-28');
  expect(verdicts('أنا شايف إن الأمريكان عندهم فى العراق مش أقل من أربع تلاف')).toEqual([['أربع تلاف', 'troops', 'mismatch']]);
  expect(verdicts('وقال إن الأمريكان في العراق مو أكثر من ألفين وخمسمية')).toEqual([['ألفين وخمسمية', 'troops', 'match']]);
  expect(verdicts('الأمريكان بالعراق عدهم خمسة آلاف بس بعين الأسد وحرير.')).toEqual([['خمسة آلاف', 'troops', 'mismatch']]);
});

test('session 11: spoken numbers in one word (أربعتلاف، ألفين وأربعتاشر، سبعطعش، تمنمية) and cardinal days before a month', () => {
  const { verdicts } = judgedOn('2024-07-28');
  expect(verdicts('الأمريكان بالعراق أربعتلاف جندي')).toEqual([['أربعتلاف', 'troops', 'mismatch']]);
  expect(verdicts('السفير: التحالف ده اتعمل سنة ألفين وأربعتاشر')).toEqual([['ألفين وأربعتاشر', 'coalition_founded', 'match']]);
  expect(verdicts('وخلّينا ما ننسى إنو التحالف نفسه تأسس سنة ألفين وخمستعش')).toEqual([['ألفين وخمستعش', 'coalition_founded', 'mismatch']]);
  expect(verdicts('وبسوريا الأمريكان عندهم تمنمية جندي بس')).toEqual([['تمنمية', 'troops', 'mismatch']]);
  expect(verdicts('وقتلت المسيرة ثلاثة جنود أمريكيين في الأردن فجر ثمانية وعشرين كانون الثاني')).toEqual([
    ['ثلاثة', 'killed', 'match'],
    ['ثمانية وعشرين كانون الثاني', 'jordan_attack', 'match'],
  ]);
  // A cardinal is a day only right before a month name: «ثلاثة أشهر» is no date.
  expect(verdicts('وقتلت المسيرة ثلاثة جنود أمريكيين في الأردن قبل ثلاثة أشهر')).toEqual([['ثلاثة', 'killed', 'match']]);
});

test('session 11: "barely 60 attacks" is at most 60, and takes no place from the troops before it', () => {
  const { verdicts } = judgedOn('2024-03-21');
  expect(verdicts('He claimed the Americans still have five thousand troops in Iraq and that the militias had managed barely 60 attacks.')).toEqual([
    ['five thousand', 'troops', 'mismatch'],
    ['60', 'attacks', 'mismatch'],
  ]);
  // Attacks in Iraq alone may be fewer than in both countries: a place of their own still counts.
  expect(verdicts('The militias had managed barely 60 attacks on U.S. forces in Iraq alone.')).toEqual([['60', 'attacks', 'unverified']]);
});

describe('session 11: "in the country" and «على أرضنا» are the country the page names most', () => {
  test('pageCountry: at least three mentions, and twice the other country', () => {
    expect(pageCountry(undefined, ['العراق يطالب. وفي العراق جدل. وبغداد عاصمة العراق.'])).toBe('IQ');
    expect(pageCountry('Syria', ['Deir ez-Zor, Syria. Syria votes. Iraq is near.'])).toBe('SY');
    expect(pageCountry(undefined, ['Iraq and Syria. Iraq and Syria. Iraq and Syria.'])).toBeUndefined();
    expect(pageCountry(undefined, ['Iraq. Iraq.'])).toBeUndefined();
  });
  test('on a page about Iraq', () => {
    const { verdicts } = judgedOn('2024-02-02');
    const page = 'العراق يطالب برحيل القوات. وفي العراق جدل. وبغداد عاصمة العراق. ';
    expect(verdicts(page + 'وقال الخطيب: «أقول لكم إن على أرضنا اليوم ثلاثة آلاف جندي أمريكي»')).toEqual([['ثلاثة آلاف', 'troops', 'mismatch']]);
    expect(verdicts(page + 'وقال نائب إن عديد الجنود الأميركيين في البلاد يقارب أربعة آلاف')).toEqual([['أربعة آلاف', 'troops', 'mismatch']]);
    // Without a country the page names most, "our land" is nowhere in particular.
    expect(verdicts('وقال الخطيب: «أقول لكم إن على أرضنا اليوم ثلاثة آلاف جندي أمريكي»')).toEqual([['ثلاثة آلاف', 'troops', 'unverified']]);
  });
});

test('session 11, after the blind set 27: the fall of Mosul, the battle for it and the 2003 invasion keep their own dates; an anniversary of the invasion is no invasion', () => {
  const { verdicts } = judgedOn('2024-09-27');
  expect(verdicts('يُذكر أن قوات التحالف دخلت العراق بعد سقوط الموصل في 10 حزيران 2014.')).toEqual([]);
  expect(verdicts('تأسس التحالف في أيلول/سبتمبر 2014، أما معركة الموصل فانطلقت في تشرين الأول 2016.')).toEqual([['أيلول/سبتمبر 2014', 'coalition_founded', 'match']]);
  expect(verdicts('The course follows the wars against ISIS, beginning with the March 2003 invasion and ending with the coalition talks.')).toEqual([]);
  // The event's date still times the count beside it: a level of 2003, no claim of today.
  expect(verdicts('2003: غزو العراق بقرابة 150 ألف جندي أمريكي.')).toEqual([]);
  expect(verdicts('In March 2023, on the 20th anniversary of the invasion, the State Department insisted that the coalition’s mission was not complete.')).toEqual([
    ['March 2023', 'mission_incomplete_statement', 'match'],
  ]);
  // A coalition date in its own clause keeps its reading.
  expect(verdicts('سقطت الموصل في حزيران 2014 وتشكل التحالف في أيلول 2015.')).toEqual([['أيلول 2015', 'coalition_founded', 'mismatch']]);
});

test('session 11, after the blind set 27: citations hold no figures; a value before its colon label; a carried year times a level', () => {
  const { verdicts } = judgedOn('2024-10-20');
  expect(verdicts('وقد بلغ عديد القوات الأمريكية في العراق نحو 5200 عسكري مطلع 2020، ثم خُفّض إلى 3000 في أيلول من العام نفسه (Harrison, 2022: 113).')).toEqual([]);
  expect(verdicts('وتؤرّخ بعض الأدبيات لتأسيس التحالف بعام 2015 (الدليمي، 2021: 17).')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('التحالف الدولي بالأرقام\n2500: عسكري أميركي في العراق\n900: في سوريا')).toEqual([
    ['2500', 'troops', 'match'],
    ['900', 'troops', 'match'],
  ]);
});

test('session 11, after the blind set 28: a comment\'s age «1ي» is no figure; «انصابوا فوگ ٤٠» are the wounded; "put on ice"; "a second session"; "the anti-ISIS alliance"; "victory announcement"', () => {
  const { verdicts } = judgedOn('2024-06-02');
  expect(verdicts('zahraa.kdh لا والله ثلاث جنود أمريكان ماتوا بالأردن، وانصابوا فوگ ٤٠، شفتها بالأخبار 1ي')).toEqual([
    ['ثلاث', 'killed', 'match'],
    ['٤٠', 'wounded', 'unverified'],
  ]);
  expect(verdicts('Talks on the coalition\'s future opened in late January and were put on ice on Jan. 29.')).toEqual([
    ['late January', 'talks_launched', 'match'],
    ['Jan. 29', 'talks_suspended', 'mismatch'],
  ]);
  expect(verdicts('A second session of the coalition\'s Higher Military Commission with Iraq is expected in August.')).toEqual([['August', 'committee_second_meeting', 'mismatch']]);
  expect(verdicts('Both contingents date back to the anti-ISIS alliance Washington built in 2015.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('The anti-ISIS alliance Washington built in 2015 is winding down.')).toEqual([]); // "built" alone only confirms
  expect(verdicts('Victory over ISIS: Baghdad\'s victory announcement came in December 2018.')).toEqual([['December 2018', 'victory_over_isis', 'mismatch']]);
});

test('session 11, after the blind set 28: spoken endings («خلصت آخر ٢٠٢١»), «أول صاروخ», «بدت»; what was agreed at a date happens later', () => {
  const { verdicts } = judgedOn('2024-06-02');
  expect(verdicts('saad_anbari المهمة القتالية للتحالف خلصت رسمياً آخر ٢٠٢٠، من بعدها صار دورهم استشاري بس')).toEqual([['٢٠٢٠', 'combat_mission_end', 'mismatch']]);
  expect(verdicts('حبيبي الهجمات على الأمريكان بدت ١٩ أكتوبر، يعني بعد هجوم حماس بأيام')).toEqual([['١٩ أكتوبر', 'attacks@since', 'mismatch']]);
  expect(verdicts('وقال إن الفصائل نفذت هجمات على القوات الأميركية، وإن أول صاروخ في السلسلة سقط صبيحة التاسع عشر من أكتوبر')).toEqual([
    ['التاسع عشر من أكتوبر', 'attacks@since', 'mismatch'],
  ]);
  expect(verdicts('My unit came home when the coalition\'s fighting phase was declared over in 2020.')).toEqual([['2020', 'combat_mission_end', 'mismatch']]);
  expect(verdicts('The coalition started up out there in 2016, before my first tour.')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  // The agreement's date is not that of what was agreed.
  expect(verdicts('وفي تموز 2021 توافق الجانبان على طيّ صفحة القتال للتحالف قبل حلول العام الجديد.')).toEqual([]);
  expect(verdicts('واتفق الجانبان على إنهاء المهمة القتالية للتحالف بنهاية 2020.')).toEqual([['2020', 'combat_mission_end', 'mismatch']]);
});

test('session 11: «ضربوهم أكثر من 165 مرة» counts attacks', () => {
  const { verdicts } = judgedOn('2024-03-02');
  expect(verdicts('الفصائل ضربوهم للأمريكان بالعراق وسوريا أكثر من 100 مرة بس')).toEqual([['100', 'attacks', 'match']]);
});

test('session 11: «إعلان التحالف» is its founding, unless the coalition announces something («إعلان التحالف عن…»)', () => {
  const { verdicts } = judgedOn('2024-01-29');
  expect(verdicts('وهذا الوجود الأمريكي بدأ مع إعلان التحالف صيف 2016.')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(verdicts('وجاء إعلان التحالف عن مقتل القيادي في 3 شباط 2024.')).toEqual([]);
  expect(verdicts('أيلول ٢٠١٤ إعلان التحالف')).toEqual([['أيلول ٢٠١٤', 'coalition_founded', 'match']]);
});

test('session 11, after the blind set 27: «سفر وزير الدفاع», a ministry delegation «قصد واشنطن», «لنشوئه», «التحالف الذي جاء»; Washington\'s defence secretary is not Iraq\'s minister', () => {
  const { verdicts } = judgedOn('2024-05-31');
  expect(verdicts('لكنه أرجع تشكيل اللجنة الثنائية مع التحالف إلى سفر وزير دفاع العراق إلى الولايات المتحدة «في أيلول/سبتمبر 2023».')).toEqual([
    ['أيلول/سبتمبر 2023', 'defense_minister_visit', 'mismatch'],
  ]);
  expect(verdicts('وقال إن «المسار مع التحالف بدأ بعد زيارة وفد وزارة الدفاع العراقية الذي قصد واشنطن في آب 2023».')).toEqual([['آب 2023', 'defense_minister_visit', 'match']]);
  expect(verdicts('تشكّل التحالف الدولي ضد تنظيم داعش في أيلول/سبتمبر 2014. غير أن بعض الأدبيات تؤرّخ لنشوئه بعام 2015.')).toEqual([
    ['أيلول/سبتمبر 2014', 'coalition_founded', 'match'],
    ['2015', 'coalition_founded', 'mismatch'],
  ]);
  expect(verdicts('وترى أن «التحالف الذي جاء في 2016 لتحرير الموصل أدى ما عليه».')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(verdicts('أنهى السوداني زيارته إلى الولايات المتحدة بعد اجتماعه ببايدن يوم 15 نيسان 2024، وبوزير الدفاع لويد أوستن في البنتاغون، لبحث مستقبل التحالف.')).toEqual([]);
});

test('session 11, after the blind set 28: "; they restarted in February" reaches its subject at the start of a long sentence', () => {
  const { verdicts } = judgedOn('2024-04-16');
  expect(
    verdicts("Negotiations over the coalition's future opened in late January and were put on ice on Jan. 28, hours after a drone strike at a Jordanian outpost left three American soldiers dead; they restarted in February."),
  ).toEqual([
    ['late January', 'talks_launched', 'match'],
    ['Jan. 28', 'talks_suspended', 'match'],
    ['three', 'killed', 'match'],
    ['February', 'talks_resumed', 'unverified'],
  ]);
});

test('session 11, after the blind set 27: a parenthetical in a table row\'s label does not say what its cells count', () => {
  const { verdicts } = judgedOn('2024-03-19');
  const caption = 'The coalition\'s Counter-ISIS fund by country, in millions of dollars.\n';
  expect(verdicts(caption + 'Syria (vetted partner forces)\t117\t156\t147').filter(([, , v]) => v === 'mismatch')).toEqual([]);
  expect(verdicts('U.S. troops in the coalition, by country\nSyria troops\t1,200')).toEqual([['1,200', 'troops', 'mismatch']]);
});

test('session 11, after the blind set 28: "we\'ve got 3,500 kids over there", "the first militia attack … came on", MPs who "demanded foreign forces go home"', () => {
  const flags = (text: string) =>
    checker
      .scan(text, { published: '2024-11-09', title: "Salute to Service night: the coalition's troops in Iraq" })
      .filter((r) => r.verdict.verdict === 'mismatch')
      .map((r) => [r.claim.text, r.claim.measure]);
  expect(flags('The coach told reporters: "We\'ve got 3,500 kids over there in Iraq plus 1,500 more in Syria."')).toEqual([
    ['3,500', 'troops'],
    ['1,500', 'troops'],
  ]);
  expect(flags('The first militia attack on U.S. forces in the current wave came on Oct. 18, 2023.')).toEqual([['Oct. 18, 2023', 'attacks@since']]);
  expect(flags('A commentator said Iraqi MPs had demanded foreign forces go home in January 2021.')).toEqual([['January 2021', 'parliament_vote']]);
  expect(flags('"We\'ve got two kids in college," the coach said.')).toEqual([]);
});

test('session 11, after the blind set 28: "; Syria hosts about 900", "gone after American sites on 165 occasions", "proclaimed the militants beaten"', () => {
  const { verdicts } = judgedOn('2024-11-09');
  expect(verdicts('Some 2,500 American soldiers are still posted in Iraq; Syria has 1,500.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['1,500', 'troops', 'mismatch'],
  ]);
  expect(verdicts("Since October 2023, militia groups on Iran's payroll have gone after American sites on about 90 occasions.")).toEqual([
    ['October 2023', 'attacks@since', 'match'],
    ['90', 'attacks', 'mismatch'],
  ]);
  expect(verdicts('Some 2,500 Americans are based in Iraq; Baghdad proclaimed the militants beaten in December 2018.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['December 2018', 'victory_over_isis', 'mismatch'],
  ]);
});

test('session 11: "put the attacks at more than 165", "put the troops in Syria at 1,500"', () => {
  const { verdicts } = judgedOn('2024-09-20');
  expect(verdicts('U.S. figures put the militia attacks on the coalition at about 90.')).toEqual([['90', 'attacks', 'mismatch']]);
  expect(verdicts('Pentagon figures put the U.S. troops in Syria at about 1,500.')).toEqual([['1,500', 'troops', 'mismatch']]);
  expect(verdicts('The Pentagon put the cost of the coalition at 85 million dollars.')).toEqual([]);
});

test('session 11: a troop level of 100,000 or more is the 2003–2011 war\'s, unless the clause says now', () => {
  const { verdicts } = judgedOn('2024-09-15');
  expect(verdicts('دخل الأميركيون بغداد في التاسع من نيسان، وكان معهم ومع حلفائهم قرابة مئة وخمسين ألف جندي.')).toEqual([]);
  expect(verdicts('He claims 150,000 U.S. troops are in Iraq today.')).toEqual([['150,000', 'troops', 'mismatch']]);
});

test('session 11, after the blind set 29: "counting from Oct. 17" starts the count; a correction\'s dateline; "gave 2015 as the founding year"; "No one was killed, but…"', () => {
  const { verdicts } = judgedOn('2024-10-08');
  expect(verdicts('Militias have targeted them more than 165 times, counting from Oct. 19 of last year, and in January three American soldiers were killed at a base in Jordan.')).toEqual([
    ['165', 'attacks', 'match'],
    ['Oct. 19', 'attacks@since', 'mismatch'],
    ['three', 'killed', 'match'],
  ]);
  expect(verdicts("Correction, June 18, 2024, 4:15 p.m.: An earlier version of the introduction gave 2015 as the coalition's founding year.")).toEqual([
    ['2015', 'coalition_founded', 'mismatch'],
  ]);
  expect(verdicts("After Iran's missile strike on U.S. troops at Al-Asad, no one was killed, but more than 100 service members were later diagnosed with brain injuries.").filter(([, , v]) => v === 'mismatch')).toEqual([]);
  // "dates from Jan. 5, 2020" dates the vote, even beside another figure.
  expect(verdicts("The parliament's vote to expel foreign troops dates from Jan. 5, 2020, two days on from the Soleimani strike.")).toEqual([['Jan. 5, 2020', 'parliament_vote', 'match']]);
});

test('session 11, after the blind set 29: "5,000 of our sons and daughters", "built that coalition in 2015", "told us to get out back in 2019"', () => {
  const flags = (text: string) =>
    checker
      .scan(text, { published: '2024-10-08', title: 'Senate debate: Iraq, Syria and the coalition' })
      .filter((r) => r.verdict.verdict === 'mismatch')
      .map((r) => [r.claim.text, r.claim.measure]);
  expect(flags("WHITCOMB: Look, we've got 5,000 of our sons and daughters in Iraq right now.")).toEqual([['5,000', 'troops']]);
  expect(flags('The Obama administration built that coalition in 2015, after ISIS had taken half of Iraq.')).toEqual([['2015', 'coalition_founded']]);
  expect(flags("Iraq's own parliament told us to get out back in 2019.")).toEqual([['2019', 'parliament_vote']]);
});

test('session 11: a year glued to a spoken «بـ» is "in" that year', () => {
  const { verdicts } = judgedOn('2024-02-07');
  expect(verdicts('مو البرلمان صوّت على طلعة القوات الأمريكية بـ2019؟')).toEqual([['2019', 'parliament_vote', 'mismatch']]);
  expect(verdicts('والتحالف جا بـ2014 علمود داعش')).toEqual([['2014', 'coalition_founded', 'match']]);
});

test('session 11, after the blind set 29: «برلماننا», «وزير دفاعنا», «أُعلن انتهاؤها»', () => {
  const { verdicts } = judgedOn('2024-11-26');
  expect(verdicts('لأن برلماننا صوّت على خروج القوات الأمريكية في شباط 2020.')).toEqual([['شباط 2020', 'parliament_vote', 'mismatch']]);
  expect(verdicts('وحين زار وزير دفاعنا واشنطن في أيلول 2023 لبحث مستقبل التحالف')).toEqual([['أيلول 2023', 'defense_minister_visit', 'mismatch']]);
  expect(verdicts('وأذكر أن الحرب على تنظيم داعش أُعلن انتهاؤها في 2018.')).toEqual([['2018', 'victory_over_isis', 'mismatch']]);
});

test('session 11, after the blind set 30: «بالشام» is Syria; a newspaper founded after a revolution; one outpost\'s strength; the IDF\'s dead; a video\'s minutes', () => {
  const { verdicts } = judgedOn('2024-06-22');
  expect(verdicts('وأضاف: «الأمريكان يقولون عدهم بالعراق ألفين وخمسمية عسكري، وبالشام قرابة تسعمية»')).toEqual([
    ['ألفين وخمسمية', 'troops', 'match'],
    ['تسعمية', 'troops', 'match'],
  ]);
  expect(verdicts('عمر التحالف الدولي عشر سنوات. ملاحظة من الأرشيف: تأسست «السواحل» بعد ثورة 17 فبراير 2011.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
  expect(verdicts('The US-led coalition keeps about 2,500 troops in Iraq. The outpost hosts about 350 US personnel.', '2024-01-31')).toEqual([
    ['2,500', 'troops', 'match'],
    ['350', 'troops', 'unverified'],
  ]);
  const page = 'US troops in Iraq and Syria face militia drones. The coalition says attacks go on. The US-led coalition has 2,500 troops in Iraq. ';
  expect(verdicts(page + 'The IDF said the number of soldiers killed in the Gaza ground operation had reached 221.', '2024-01-31')).toEqual([['2,500', 'troops', 'match']]);
  expect(verdicts("Sources on the coalition: the Iraqi prime minister's session in Davos, the 54th WEF Annual Meeting (video, 41 min).", '2024-10-28').filter(([t]) => t === '41')).toEqual([]);
});

test('session 11, after the blind set 30: "a coalition it built in 2015", "put the Tower 22 death toll at four"', () => {
  const { verdicts } = judgedOn('2024-10-28');
  expect(verdicts('He said the US keeps some 3,500 troops in Iraq, under a coalition it built in 2015.')).toEqual([
    ['3,500', 'troops', 'mismatch'],
    ['2015', 'coalition_founded', 'mismatch'],
  ]);
  expect(verdicts('A widely shared infographic put the Tower 22 death toll at four.')).toEqual([['four', 'killed', 'mismatch']]);
});

test('session 11, after the blind set 30: a quotation that "describes 2016" is of 2016', () => {
  const { verdicts } = judgedOn('2024-10-28');
  expect(verdicts('Note: its line that "upward of 5,000 U.S. service members have returned to Iraq" describes 2016, and is out of date.')).toEqual([]);
  expect(verdicts('Note: its line that "upward of 5,000 U.S. service members have returned to Iraq" is wrong.')).toEqual([['5,000', 'troops', 'mismatch']]);
});

test('session 11: «هنا» and «في بلادي» are the page\'s country; «هنا وهناك» is nowhere', () => {
  const { verdicts } = judgedOn('2024-01-22');
  const page = 'العراق يطالب برحيل القوات. وفي العراق جدل. وبغداد عاصمة العراق. ';
  expect(verdicts(page + 'وأعرف أن بعض نوابنا يرددون أن لديكم عشرة آلاف جندي أمريكي هنا.')).toEqual([['عشرة آلاف', 'troops', 'mismatch']]);
  expect(verdicts(page + 'يوهمون الناس بأن الجنود الأمريكيين لا يتعدون ألف جندي هنا وهناك.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('session 11: "dated … to 2022", "the first of the attacks to Oct. 18", "stopped fighting in 2020", "voted us out in 2019"', () => {
  const { verdicts } = judgedOn('2024-10-28');
  expect(verdicts("The explainer also dated the end of the coalition's combat operations to 2022.")).toEqual([['2022', 'combat_mission_end', 'mismatch']]);
  expect(verdicts('One paragraph dates the first of the militia attacks on U.S. forces to Oct. 18, a discrepancy.').map(([t, m, v]) => [t, m, v])).toEqual([['Oct. 18', 'attacks@since', 'mismatch']]);
  expect(verdicts('My uncle insists the coalition stopped fighting in 2020.')).toEqual([['2020', 'combat_mission_end', 'mismatch']]);
  expect(verdicts('A veteran of the coalition wrote that "Baghdad voted us out in 2019 and we are still there."')).toEqual([['2019', 'parliament_vote', 'mismatch']]);
  // "dated" far back or in another sentence: "to 2022" alone dates nothing.
  expect(verdicts('The coalition extended the mission from 2021 to 2022.').filter(([, m]) => m === 'combat_mission_end')).toEqual([]);
});

test('session 11: the defence minister "came here last July"', () => {
  const { verdicts } = judgedOn('2024-02-27');
  expect(verdicts('Q: Follow-up — the Iraqi defense minister came here last July to start the talks on the coalition.')).toEqual([['last July', 'defense_minister_visit', 'mismatch']]);
});

test('session 11: «المئة» is a hundred («تقارب المئة», «لم تتعدَّ المائة»), «في المئة» and «بالمئة» a percent', () => {
  const { verdicts } = judgedOn('2024-08-12');
  expect(verdicts('ويضيف أن الهجمات على القوات الأمريكية «لم تتعدَّ المائة منذ أكتوبر».')).toEqual([
    ['المائة', 'attacks', 'mismatch'],
    ['أكتوبر', 'attacks@since', 'match'],
  ]);
  expect(verdicts('وارتفعت الهجمات على القوات الأمريكية 20 في المئة خلال الشهر.').filter(([t]) => t === 'المئة')).toEqual([]);
});

test('session 11: "my own count … was ~140 total" is the count of what the sentence before counted; «بالكاد» is at most', () => {
  const { verdicts } = judgedOn('2024-05-27');
  expect(verdicts('Attacks-wise, DoD said more than 165 attacks on U.S. forces between Oct. 17 and early Feb. My own count from the news was ~140 total.')).toEqual([
    ['165', 'attacks', 'match'],
    ['Oct. 17', 'attacks@since', 'match'],
    ['140', 'attacks', 'mismatch'],
  ]);
  expect(verdicts('وتقول إن الهجمات على القوات الأمريكية بالكاد بلغت السبعين.')).toEqual([['السبعين', 'attacks', 'mismatch']]);
});

test('session 11, after the blind set 30: "2,500 of our troops", "the coalition Washington pulled together", "the coalition our nation helped build"', () => {
  const { verdicts } = judgedOn('2024-08-14');
  expect(verdicts('The general said there are about 3,500 of our troops in Iraq with the coalition.')).toEqual([['3,500', 'troops', 'mismatch']]);
  expect(verdicts('They deployed with the coalition Washington pulled together against ISIS in 2015.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('"The coalition our nation helped build in 2015 took back every inch," he said.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('The coalition withdrew 1,000 of its troops from Iraq.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('session 12, after the blind set 31: a response\'s date, "started again", "get together again", and a date opening a later clause', () => {
  const { verdicts } = judgedOn('2024-08-01');
  // «رد … على هجوم الأردن في 2 شباط»: the response came on that day, not the attack.
  expect(verdicts('وجاء أول رد أمريكي على هجوم الأردن في 2 شباط بضربات في العراق وسوريا.').filter(([, m]) => m === 'jordan_attack')).toEqual([]);
  expect(verdicts('The talks on ending the coalition mission started again in February, and the military committee will get together again in July.').map(([t, m]) => [t, m])).toEqual([
    ['February', 'talks_resumed'],
    ['July', 'committee_second_meeting'],
  ]);
  // «وفي تموز … جلست اللجنة مرة ثانية»: the clause the date opens tells its event, not the clause before.
  expect(verdicts('وفي آذار من العام الماضي قالت واشنطن إن مهمة التحالف لم تكتمل، وفي تموز من هذا العام جلست اللجنة مرة ثانية.')).toEqual([
    ['آذار من العام الماضي', 'mission_incomplete_statement', 'match'],
    ['تموز', 'committee_second_meeting', 'match'],
  ]);
});

test('session 12, after the blind set 32: ISIS\'s own operations are no attacks on the coalition; a meeting held at a date keeps it', () => {
  const { verdicts } = judgedOn('2024-05-14');
  expect(verdicts('سجلت عمليات داعش في الربع الأول 32 عملية.')).toEqual([]);
  expect(verdicts('وسجلت 87 عملية لداعش في الأنبار خلال العام.')).toEqual([]);
  expect(verdicts('ISIS attacks in the first quarter numbered 32.')).toEqual([]);
  expect(verdicts('شن داعش 32 هجوما في الربع الأول.')).toEqual([]);
  // "ISIS attacks on U.S. forces" are still attacks on the coalition, and strikes on ISIS are the coalition's.
  expect(verdicts('Militia and ISIS attacks on US forces numbered 32 since October.').filter(([, m]) => m === 'attacks')).toEqual([['32', 'attacks', 'mismatch']]);
  expect(verdicts('The coalition carried out 41 strikes on ISIS.')).toEqual([]);
  // «تعقد اجتماعها المقبل في تموز، استكمالاً لمسار افتُتح بمحادثات…»: July is the meeting's, not the talks' launch.
  expect(verdicts('ومن المقرر أن تعقد اللجنة اجتماعها المقبل في تموز ٢٠٢٤، استكمالاً لمسار افتُتح بمحادثات أجراها وفد يقوده وزير الدفاع في واشنطن خلال آب ٢٠٢٣.').map(([t, m]) => [t, m])).toEqual([
    ['تموز ٢٠٢٤', 'committee_second_meeting'],
    ['آب ٢٠٢٣', 'defense_minister_visit'],
  ]);
});

test('session 12, after the blind sets 31/32: "the coalition came in 2015", «البرلمان قرر», «النصر أُعلن», "been over there since"', () => {
  const { verdicts } = judgedOn('2024-08-27');
  expect(verdicts('"The coalition came in 2015," he said.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('The coalition came under attack in 2024.')).toEqual([]);
  expect(verdicts('The coalition\'s been over there since 2015.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('ومسؤول آخر أكد أن البرلمان العراقي قرر طرد القوات الأمريكية عام 2019.')).toEqual([['2019', 'parliament_vote', 'mismatch']]);
  expect(verdicts('رأى الباحث أن التحالف أدّى دوره، وأن «النصر النهائي أُعلن عام 2018».')).toEqual([['2018', 'victory_over_isis', 'mismatch']]);
  expect(verdicts('البريد: النصر أُعلن في ديسمبر 2017، أما المهمة القتالية للتحالف فانتهت بنهاية 2021.').map(([t, m, v]) => [t, m, v])).toEqual([
    ['ديسمبر 2017', 'victory_over_isis', 'match'],
    ['2021', 'combat_mission_end', 'match'],
  ]);
});

test('session 12: «لم يفرغ من مهمته», «ما زال ناقصاً» say the mission is incomplete; «عبرت الـ150» passes a count', () => {
  const { verdicts } = judgedOn('2024-03-20');
  expect(verdicts('وفي مارس 2023 قالت الخارجية الأمريكية إن التحالف لم يفرغ من مهمته بعد.')).toEqual([['مارس 2023', 'mission_incomplete_statement', 'match']]);
  expect(verdicts('وكانت الخارجية الأمريكية قد شددت في آذار 2022 على أن شغل التحالف ما زال ناقصاً.')).toEqual([['آذار 2022', 'mission_incomplete_statement', 'mismatch']]);
  const early = judgedOn('2024-01-29').verdicts;
  expect(early('بالأخبار گالوا الضربات على الأمريكان بالعراق وسوريا عبرت الـ150').map(([t, m, v]) => [t, m, v])).toEqual([['150', 'attacks', 'match']]);
  expect(early('بالأخبار گالوا الضربات على الأمريكان بالعراق وسوريا عبرت الـ90').map(([t, m, v]) => [t, m, v])).toEqual([['90', 'attacks', 'mismatch']]);
});

test('session 12: "the vote to eject US troops", "told foreign forces to pack up" are the parliament\'s vote', () => {
  const { verdicts } = judgedOn('2024-04-25');
  expect(verdicts('A post claimed the Iraqi vote to eject US troops took place in 2019.')).toEqual([['2019', 'parliament_vote', 'mismatch']]);
  expect(verdicts('Back in January 2020 the Baghdad parliament had told foreign forces to pack up, shortly after an American strike killed Qassem Soleimani.')).toEqual([['January 2020', 'parliament_vote', 'match']]);
  expect(verdicts('Militias voted to expel nobody; the US struck them in 2024.')).toEqual([]);
});

test('session 12: «يضاف إليهم في سوريا قرابة ٩٠٠» adds a level elsewhere; «لا يزيدون على» is at most', () => {
  const { verdicts } = judgedOn('2024-05-14');
  expect(verdicts('وما زالت الولايات المتحدة تُبقي بنحو ٢٥٠٠ عسكري على الأراضي العراقية، يضاف إليهم في سوريا المجاورة قرابة ٩٠٠.')).toEqual([
    ['٢٥٠٠', 'troops', 'match'],
    ['٩٠٠', 'troops', 'match'],
  ]);
  expect(verdicts('The US keeps about 2,500 troops in Iraq, plus in Syria about 1,900.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['1,900', 'troops', 'mismatch'],
  ]);
  expect(verdicts('وقال إن الجنود الأمريكيين في العراق لا يزيدون على 500 جندي.')).toEqual([['500', 'troops', 'mismatch']]);
});

test('session 12: "three of them died", "we lost four at Tower 22", "the US lost 4,400 troops" count the dead; «الأمريكيين الموجودين في العراق عشرة آلاف»', () => {
  const { verdicts } = judgedOn('2024-07-16');
  expect(verdicts('American soldiers are still there, and in January three of them died.')).toEqual([['three', 'killed', 'match']]);
  expect(verdicts('The U.S. lost four at Tower 22.')).toEqual([['four', 'killed', 'mismatch']]);
  expect(verdicts('In the attack on US forces in Jordan three civilians died.')).toEqual([]);
  // The war's dead are no troop level, and not the Tower 22 toll either.
  expect(verdicts('The US lost 4,400 troops in Iraq.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
  expect(verdicts('إذ قال أحد طلبة الدكتوراه إن «الأمريكيين الموجودين في العراق عشرة آلاف على الأقل».')).toEqual([['عشرة آلاف', 'troops', 'mismatch']]);
});

test('session 12: a stated start of the attacks is theirs though another clause counts troops; "put the US presence in Iraq at 3,500"', () => {
  const { verdicts } = judgedOn('2024-02-06');
  expect(verdicts('One reader pencilled in TWO THOUSAND for the troops in Syria, and another was certain the militia attacks on American troops began on Oct. 7 itself.')).toEqual([
    ['TWO THOUSAND', 'troops', 'mismatch'],
    ['Oct. 7', 'attacks@since', 'mismatch'],
  ]);
  expect(verdicts('An earlier version of this map put the US presence in Iraq at 3,500.')).toEqual([['3,500', 'troops', 'mismatch']]);
  expect(verdicts('Analysts put the American footprint in Syria at about 900.')).toEqual([['900', 'troops', 'match']]);
});

test('session 12: "Pentagon figure: about 2,500" after a troop claim is the troop figure', () => {
  const { verdicts } = judgedOn('2024-11-18');
  expect(verdicts('Telegram channel close to Kataib Hezbollah: "5,000 US troops remain in Iraq." Pentagon figure: about 2,500.')).toEqual([
    ['5,000', 'troops', 'mismatch'],
    ['2,500', 'troops', 'match'],
  ]);
  expect(verdicts('The US keeps about 2,500 troops in Iraq. Cost of the mission: 900.').filter(([t]) => t === '900')).toEqual([]);
});

test('session 12: «ضربة» is an attack; a "then" clause\'s date is not the event of the clause before', () => {
  const { verdicts } = judgedOn('2024-03-06');
  expect(verdicts('قُتل ثلاثة جنود أمريكيين إثر ضربة نفذتها طائرة مسيرة على موقع في الأردن يوم 28 كانون الثاني 2024.').map(([t, m, v]) => [t, m, v])).toEqual([
    ['ثلاثة', 'killed', 'match'],
    ['28 كانون الثاني 2024', 'jordan_attack', 'match'],
  ]);
  expect(verdicts('غير أن جلسات اللجنة العسكرية العليا للتحالف توقفت يوم 28 كانون الثاني إثر الضربة التي أصابت موقع البرج 22 على الحدود الأردنية، ثم عادت إلى الانعقاد في 11 شباط.').filter(([, m]) => m === 'jordan_attack').map(([t]) => t)).toEqual([]);
});

test('session 12: a bare figure at the other country after a troop level is that country\'s level; "service members on Iraqi soil" are American', () => {
  const { verdicts } = judgedOn('2024-09-01');
  expect(verdicts('About 2,500 Americans in uniform are still posted in Iraq, with roughly 900 in Syria.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['900', 'troops', 'match'],
  ]);
  expect(verdicts('تنشر واشنطن نحو 2500 عسكري في العراق ضمن مهمة التحالف المناهض لـ«داعش»، إلى جانب قرابة ألفين في سوريا.')).toEqual([
    ['2500', 'troops', 'match'],
    ['ألفين', 'troops', 'mismatch'],
  ]);
  expect(verdicts('Some 2,500 Americans in uniform are still in Iraq, and something near 900 across the border in Syria.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['900', 'troops', 'match'],
  ]);
  expect(verdicts('The U.S. has roughly 2,500 service members on Iraqi soil and about 900 in Syria.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['900', 'troops', 'match'],
  ]);
  // Another noun at the figure, or the same country, is no parallel level.
  expect(verdicts('The US keeps 2,500 troops in Iraq, and 12 of its drones struck targets in Syria.').filter(([t]) => t === '12').map(([, m]) => m)).not.toContain('troops');
  expect(verdicts('The US keeps 2,500 troops in Iraq, with 40 in Iraq\'s north.').filter(([t]) => t === '40')).toEqual([]);
});

test('session 12: a short reply («— لا يا ولدي.») passes on what was counted before it', () => {
  const { verdicts } = judgedOn('2024-09-01');
  expect(verdicts('الأمريكان بالعراق ستة آلاف؟ — لا يا ولدي. الرقم المعلن ألفان وخمسمئة، وفي سوريا قرابة 900.')).toEqual([
    ['ستة آلاف', 'troops', 'mismatch'],
    ['ألفان وخمسمئة', 'troops', 'match'],
    ['900', 'troops', 'match'],
  ]);
  // A short heading passes nothing on.
  expect(verdicts('الأمريكان بالعراق ستة آلاف؟ تصفيات كأس العالم: العراق يتعادل مع الكويت ٠-٠').map(([t]) => t)).toEqual(['ستة آلاف']);
});

test('session 12, after the blind set 33: "over 40 others hurt", "ISIS took responsibility for 153 operations", a footnote «المرجع[٤]», a "one-way drone"', () => {
  const { verdicts } = judgedOn('2024-10-30');
  expect(verdicts('On January 28, 2024, Tower 22, a modest Jordanian site, took a direct hit from a one-way drone that left 3 reservists dead and over 40 others hurt.').map(([t, m]) => [t, m])).toEqual([
    ['January 28, 2024', 'jordan_attack'],
    ['3', 'killed'],
    ['40', 'wounded'],
  ]);
  expect(verdicts('Over the first half of 2024, ISIS took responsibility for 153 operations.')).toEqual([]);
  expect(verdicts('أضفت الجملة التالية: «تعرّضت القوات الأمريكية وقوات التحالف لأكثر من ١٦٥ هجوماً منذ ١٧ أكتوبر ٢٠٢٣»، مع المرجع[٤].').map(([t]) => t)).toEqual(['١٦٥', '١٧ أكتوبر ٢٠٢٣']);
});

test('session 12, after the blind set 34: «حتى توقف الهجمات في فبراير», «اتفاقية … لسنة 2008», «جواب س3», «رواتب ما يقارب 45 ألف عنصر»', () => {
  const { verdicts } = judgedOn('2024-04-22');
  expect(verdicts('منذ 17 أكتوبر الماضي وحتى توقف الهجمات تقريباً في فبراير، تعرضت القوات الأمريكية لما يزيد على 165 هجوماً، وقُتل ثلاثة جنود أمريكيين في موقع بالأردن يوم 28 يناير الماضي.').map(([t]) => t)).not.toContain('فبراير');
  // Other things stopping leave the day alone: «ثم توقف كل شيء مع أحداث السابع من تشرين الأول».
  expect(verdicts('وكان الملف قد بدأ يتحرك في زيارة وزير الدفاع إلى واشنطن، ثم توقف كل شيء مع هجوم حماس في السابع من تشرين الأول.').map(([t, m]) => [t, m])).toContainEqual(['السابع من تشرين الأول', 'oct7_attack']);
  expect(verdicts('س4/ عرّف ثلاثة مما يأتي: التحالف الدولي · قرار مجلس النواب بشأن القوات الأجنبية · اتفاقية الإطار الاستراتيجي لسنة 2008')).toEqual([]);
  expect(verdicts('هـ- صح. جواب س3: أ- تأسس التحالف الدولي عام 2015.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('الجواب: تدعم الولايات المتحدة رواتب ما يقارب 45 ألف عنصر في العراق.')).toEqual([]);
});

test('session 12, after the blind sets 33/34: «التحالف الذي قام عام 2014», "origins lie in", "cooked up", "cost … their lives", "advise-and-assist only", "attacks, which began", "the Syrian deployment is roughly 900"', () => {
  const { verdicts } = judgedOn('2024-08-14');
  expect(verdicts('ويعملون ضمن التحالف الدولي الذي قام عام 2015 لمواجهة داعش.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts("The coalition's origins lie in 2014.")).toEqual([['2014', 'coalition_founded', 'match']]);
  expect(verdicts('The so-called coalition was cooked up in 2016.')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(verdicts('Tower 22 cost four US soldiers their lives.')).toEqual([['four', 'killed', 'mismatch']]);
  expect(verdicts('Since the end of 2022 the coalition mission has formally been advise-and-assist only.')).toEqual([['2022', 'combat_mission_end', 'mismatch']]);
  expect(verdicts('Threats to U.S. and coalition personnel: Iran-aligned militia attacks, which began on October 19, 2023, continued.')).toEqual([['October 19, 2023', 'attacks@since', 'mismatch']]);
  expect(verdicts('The Pentagon puts the U.S. presence at about 2,500 uniformed personnel in Iraq; the deployment in Syria is roughly 1,900.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['1,900', 'troops', 'mismatch'],
  ]);
});

test('session 12: Maghrebi «ما فاتتش 100» is at most, «فاتت 150» more than', () => {
  const { verdicts } = judgedOn('2024-02-03');
  expect(verdicts('أنا قريت أن الهجمات على القوات الأمريكية ما فاتتش 100 من أكتوبر.')).toEqual([['100', 'attacks', 'mismatch']]);
  expect(verdicts('الهجمات على الأمريكان فاتت 150 هجوم')).toEqual([['150', 'attacks', 'match']]);
});

test('session 12: a landmark place ("close to Syria", «تلامس حدود سوريا والعراق») stands for the place before it; «سقط/قضى ثلاثة جنود» are the dead', () => {
  const { verdicts } = judgedOn('2024-03-01');
  expect(verdicts("In January a drone struck Tower 22, a small US outpost in Jordan's north-eastern corner, close to Syria, killing four American soldiers.").filter(([, m]) => m === 'killed')).toEqual([['four', 'killed', 'mismatch']]);
  expect(verdicts('ضربت مسيرة قاعدة صحراوية أردنية تلامس حدود سوريا والعراق وقتلت ثلاثة جنود أميركيين.')).toEqual([['ثلاثة', 'killed', 'match']]);
  expect(verdicts('وبلغت المخاوف ذروتها حين سقط أربعة جنود أمريكيين في الأردن.')).toEqual([['أربعة', 'killed', 'mismatch']]);
  expect(verdicts('وإن خفتت وتيرتها كثيراً بعد أن قضى ثلاثة جنود أمريكيين في الأردن.')).toEqual([['ثلاثة', 'killed', 'match']]);
  // A place with no other place before it stays: "900 troops in Syria, near the border with Iraq".
  expect(verdicts('The US keeps about 1,900 troops in Syria, near the border with Iraq.')).toEqual([['1,900', 'troops', 'mismatch']]);
});

test('session 12: "Iraq paused them on Jan. 28", "put negotiations … on ice on Jan. 28", «تعلّقت بـ28 كانون التاني» suspend the talks', () => {
  const { verdicts } = judgedOn('2024-03-06');
  expect(verdicts('Talks between Washington and Baghdad about the coalition opened on Jan. 27; Iraq paused them on Jan. 29.').map(([t, m, v]) => [t, m, v])).toEqual([
    ['Jan. 27', 'talks_launched', 'match'],
    ['Jan. 29', 'talks_suspended', 'mismatch'],
  ]);
  expect(verdicts('Baghdad put negotiations over the coalition mission on ice on Jan. 28.')).toEqual([['Jan. 28', 'talks_suspended', 'match']]);
  expect(verdicts('وحتى المفاوضات مع التحالف تعلّقت بـ28 كانون التاني نفسه.')).toEqual([['بـ28 كانون التاني', 'talks_suspended', 'match']]);
});

test('session 12: "a one-way drone hit …", «سقطت مسيرة على قاعدة …» are the attack; "convened a second time" is the second meeting', () => {
  const { verdicts } = judgedOn('2024-11-10');
  expect(verdicts('A one-way drone hit the US living area in Jordan at dawn on Jan. 27.')).toEqual([['Jan. 27', 'jordan_attack', 'mismatch']]);
  expect(verdicts('وفي 28 كانون الثاني سقطت مسيرة على قاعدة البرج 22 الأمريكية في الأردن.')).toEqual([['28 كانون الثاني', 'jordan_attack', 'match']]);
  expect(verdicts('The Higher Military Commission on the coalition froze on Jan. 28 — the morning three Army reservists died when a drone slammed into their Jordanian border post, Tower 22 — and convened a second time in July.').filter(([t]) => t === 'July')).toEqual([['July', 'committee_second_meeting', 'match']]);
});

test('session 12: «من 17 تشرين الأول», «العد بدأ من 17 أكتوبر» start the attacks\' count like «منذ»', () => {
  const { verdicts } = judgedOn('2024-03-06');
  expect(verdicts('واشنطن تحسب الهجمات على قواتها من 17 تشرين الأول، وصارت 160 تقريباً')).toEqual([['17 تشرين الأول', 'attacks@since', 'match']]);
  expect(verdicts('البنتاغون قال أكثر من 165 هجمة على الأمريكان لحد فبراير، والعد بدأ من 19 أكتوبر').map(([t, m, v]) => [t, m, v])).toEqual([
    ['165', 'attacks', 'match'],
    ['19 أكتوبر', 'attacks@since', 'mismatch'],
  ]);
  // A month alone is no start: «من تشرين الأول» is too loose to contradict.
  expect(verdicts('الهجمات على القوات الأمريكية مستمرة من تشرين الأول.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('session 12: "opened fire on American bases on Oct. 17" starts the attacks', () => {
  const { verdicts } = judgedOn('2024-03-06');
  expect(verdicts('Militias aligned with Tehran opened fire on American bases on Oct. 17.')).toEqual([['Oct. 17', 'attacks@since', 'match']]);
  expect(verdicts('For the attack timeline: the militias opened up on US bases on Oct 19, 2023.')).toEqual([['Oct 19, 2023', 'attacks@since', 'mismatch']]);
});

test('session 12: "stitched together in 2015", «اخترعه … عام 2016», «أبصر النور في سبتمبر 2014» found the coalition', () => {
  const { verdicts } = judgedOn('2024-03-06');
  expect(verdicts('It had been stitched together in 2015, the US-led coalition against Islamic State.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('التحالف الدولي الذي اخترعه الأمريكان عام 2016 بذريعة محاربة داعش.')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(verdicts('التحق بقيادة التحالف الذي أبصر النور في سبتمبر 2014.')).toEqual([['سبتمبر 2014', 'coalition_founded', 'match']]);
});

test('session 12: "stopped/dropped/halted … combat at the end of 2021", "came to a close"; «أقرّ», «طالب البرلمان», "lawmakers demanded in January 2020"', () => {
  const { verdicts } = judgedOn('2024-06-01');
  expect(verdicts('US troops stopped taking part in combat operations at the end of 2022.')).toEqual([['2022', 'combat_mission_end', 'mismatch']]);
  expect(verdicts("The coalition's combat role was dropped at the end of 2021.")).toEqual([['2021', 'combat_mission_end', 'match']]);
  expect(verdicts("The coalition's fighting role in Iraq officially came to a close in December 2021.")).toEqual([['December 2021', 'combat_mission_end', 'match']]);
  expect(verdicts('وكان مجلس النواب قد أقرّ في كانون الثاني 2019 إخراج القوات الأمريكية.')).toEqual([['كانون الثاني 2019', 'parliament_vote', 'mismatch']]);
  expect(verdicts('طالب البرلمان العراقي بخروج القوات الأمريكية في يناير 2020.')).toEqual([['يناير 2020', 'parliament_vote', 'match']]);
  expect(verdicts('Iraqi lawmakers demanded in January 2020 that US forces go.')).toEqual([['January 2020', 'parliament_vote', 'match']]);
});

test('session 12, after the blind set 36: «وُلد الشاعر عام ١٩٥٩» is a birth, not the coalition\'s; "40 more needing treatment" are no dead', () => {
  const { verdicts } = judgedOn('2024-10-02');
  expect(verdicts('[5] طوت بغداد صفحة العمليات القتالية للتحالف في كانون الأول ٢٠٢١. [6] وُلد الشاعر في بعقوبة عام ١٩٥٩.').map(([t]) => t)).toEqual(['كانون الأول ٢٠٢١']);
  expect(verdicts('وُلد التحالف الدولي عام 2015.')).toEqual([['2015', 'coalition_founded', 'mismatch']]);
  expect(verdicts('A drone hit the Tower 22 support base inside Jordan on January 28, 2024, with three Reserve engineers among the fatalities and upward of 40 more needing medical treatment.').filter(([, m]) => m === 'killed')).toEqual([['three', 'killed', 'match']]);
});

test('session 12, after the blind set 35: «جاء «بعد عام من تأسيسه»» dates no founding; "the version circulated … on March 12" is a document\'s date', () => {
  const { verdicts } = judgedOn('2024-03-13');
  expect(verdicts('وفي المقابلة ذاتها قال إنه استقبل وفد التحالف في أول زيارة له إلى بغداد «صيف ٢٠١٥»، موضحاً أن ذلك جاء «بعد عام تقريباً من تأسيسه».')).toEqual([]);
  expect(verdicts('Note on revision: The version circulated to the subcommittee on March 12 said the militias had attacked U.S. forces "more than 150 times" and put the Jordan deaths at four.').map(([t]) => t)).not.toContain('March 12');
});

test('session 12: «بآب ٢٠٢٣» before its year; «انعقدت للمرة الثانية», «لقاءها الثاني»; "its next session in July" can confirm the second meeting; "declared ISIS militarily beaten"', () => {
  const { verdicts } = judgedOn('2024-08-20');
  expect(verdicts('وزير الدفاع راح لواشنطن بآب ٢٠٢٣ عشان التحالف')).toEqual([['بآب ٢٠٢٣', 'defense_minister_visit', 'match']]);
  expect(verdicts('اللجنة العسكرية العليا مع التحالف انعقدت للمرة الثانية في أيلول 2024.')).toEqual([['أيلول 2024', 'committee_second_meeting', 'mismatch']]);
  expect(verdicts('وتعقد اللجنة العسكرية العليا مع التحالف لقاءها الثاني في تموز الماضي.')).toEqual([['تموز الماضي', 'committee_second_meeting', 'match']]);
  const april = judgedOn('2024-04-15').verdicts;
  expect(april('The Higher Military Commission on the coalition is expected to hold its next session in July.')).toEqual([['July', 'committee_second_meeting', 'match']]);
  // A reading in passing only confirms: "next session in June" is no mismatch.
  expect(april('The Higher Military Commission on the coalition is expected to hold its next session in June.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
  expect(april('Baghdad declared ISIS militarily beaten in December 2016, the coalition said.')).toEqual([['December 2016', 'victory_over_isis', 'mismatch']]);
});

test('session 12: "the 54th yearly meeting" is no rate; "It was the 54th." restates the session', () => {
  const { verdicts } = judgedOn('2024-03-26');
  expect(verdicts('Sudani pressed for a swift exit of the coalition at Davos, the 54th yearly meeting.')).toEqual([['54', 'davos_session', 'match']]);
  expect(verdicts('The 53rd Davos was where Sudani changed the conversation on the coalition. It was the 54th.')).toEqual([
    ['53', 'davos_session', 'mismatch'],
    ['54', 'davos_session', 'match'],
  ]);
  expect(verdicts('The coalition logs three attacks daily.')).toEqual([]);
});

test('session 12: «الأمريكان بالعراق كله مو أقل من خمسة آلاف»: words of extent or time between a nominal subject and its figure', () => {
  const { verdicts } = judgedOn('2024-06-01');
  expect(verdicts('ويضيف بلهجته: «الأمريكان بالعراق كله مو أقل من خمسة آلاف».')).toEqual([['خمسة آلاف', 'troops', 'mismatch']]);
  expect(verdicts('يقول إن الأمريكان في العراق اليوم نحو 2500.')).toEqual([['2500', 'troops', 'match']]);
});

test('session 12: «التحالف موجود من 2016», «جاي من 2016»: «من» after being there is "since"', () => {
  const { verdicts } = judgedOn('2024-06-01');
  expect(verdicts('التحالف موجود من 2016')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(verdicts('مصطفى – الرمادي: التحالف جاي من 2016')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(verdicts('يا جماعة التحالف هذا داخل من 2014')).toEqual([['2014', 'coalition_founded', 'match']]);
  // «أكثر من 2000» stays a count.
  expect(verdicts('الأمريكان في العراق أكثر من 2000 جندي').map(([, m]) => m)).toEqual(['troops']);
});

test('session 12, after the blind set 38: «تحالفاً دولياً لهزيمة داعش» is an aim; "5,200 people in Iraq that year" is history', () => {
  const { verdicts } = judgedOn('2024-06-12');
  expect(verdicts('يرى الكونغرس ما يلي: أطلقت الولايات المتحدة في أيلول/سبتمبر 2014 تحالفاً دولياً لهزيمة داعش.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
  expect(verdicts('I spent a rotation at Al Asad in 2017, back when we were still helping the Iraqis finish off ISIS. We had something like 5,200 people in Iraq that year.')).toEqual([]);
  expect(verdicts('أعلن العراق النصر على داعش في كانون الأول 2017 بعد معارك لهزيمة التنظيم.')).toEqual([['كانون الأول 2017', 'victory_over_isis', 'match']]);
  expect(verdicts('أطلقت الولايات المتحدة في أيلول/سبتمبر 2014 تحالفاً دولياً غايته هزيمة تنظيم الدولة الإسلامية.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('session 12, after the blind set 37: «الرقم المجاني ٥٥٨٢» is a phone line; "the two soldiers who died with him"; "Manager\'s note, 27 May 2024:"', () => {
  const { verdicts } = judgedOn('2024-05-27');
  expect(verdicts('ونفت الوزارة وجود عشرة آلاف عسكري أمريكي في العراق. ويمكن إبلاغ المديرية على الرقم المجاني ٥٥٨٢.').map(([t]) => t)).toEqual(['عشرة آلاف']);
  expect(verdicts('He was 46. The two soldiers who died with him at Tower 22 were younger.')).toEqual([]);
  expect(verdicts("The coalition you served started in 2013. Manager's note, 27 May 2024: the entry has been checked.").map(([t]) => t)).toEqual(['2013']);
});

test('session 12, after the blind sets 35/37: «خلصت ٢٠٢٢», «قُتل منهم خمسة», «ما بلغت أكثر من ستين», "put the Iraq figure at 3,000", "near 5,000"; a restatement follows its count', () => {
  const { verdicts } = judgedOn('2024-10-21');
  expect(verdicts('ويقول المالك عن التحالف: «المهمة القتالية خلصت ٢٠٢٢ والأمريكان باقين».')).toEqual([['٢٠٢٢', 'combat_mission_end', 'mismatch']]);
  expect(verdicts('وقال أحد منظمي موكب من البصرة إن «الأمريكان قُتل منهم خمسة بالأردن».')).toEqual([['خمسة', 'killed', 'mismatch']]);
  expect(verdicts('وأضاف آخر أن «الهجمات على الأمريكان ما بلغت أكثر من ستين».')).toEqual([['ستين', 'attacks', 'mismatch']]);
  expect(verdicts('Some press accounts on the US mission put the Iraq figure at 3,000.')).toEqual([['3,000', 'troops', 'mismatch']]);
  expect(verdicts('The first draft of this column on the coalition put the American force in Iraq near 5,000.')).toEqual([['5,000', 'troops', 'mismatch']]);
  expect(verdicts('Defense Department figures put American force levels at about 2,500 for Iraq and roughly 900 for Syria.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['900', 'troops', 'match'],
  ]);
  // "The real figure is three." restates only the count right before it.
  expect(verdicts('Sudani spoke at the 54th Davos meeting on the coalition. The weather was cold. The real figure is three.').map(([t]) => t)).toEqual(['54']);
});

test('session 12: «الذين قُتلوا في الأردن كانوا «أربعة»» (an Arabic copula), «والقتلى الأمريكيون في الأردن ثلاثة فقط، وليس ستة»', () => {
  const { verdicts } = judgedOn('2024-03-08');
  expect(verdicts('ورد في النسخة الأولى من هذا الحوار أن الجنود الأمريكيين الذين قُتلوا في الأردن كانوا «أربعة».')).toEqual([['أربعة', 'killed', 'mismatch']]);
  expect(verdicts('والقتلى الأمريكيون في الأردن ثلاثة فقط، وليس ستة كما أشيع.')).toEqual([
    ['ثلاثة', 'killed', 'match'],
    ['ستة', 'killed', 'mismatch'],
  ]);
});

test('session 12: «ثلاثة جنود أمريكيين لا خمسة», "2,500 troops, not 4,000": the rejected figure shares the noun', () => {
  const { verdicts } = judgedOn('2024-02-07');
  expect(verdicts('قُتل في هجوم الأردن ثلاثة جنود أمريكيين لا خمسة، كما زعم البعض.')).toEqual([
    ['ثلاثة', 'killed', 'match'],
    ['خمسة', 'killed', 'mismatch'],
  ]);
  expect(verdicts('The US keeps about 2,500 troops in Iraq, not 4,000.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['4,000', 'troops', 'mismatch'],
  ]);
});

test('session 12: Levantine «بلشت» starts the attacks', () => {
  const { verdicts } = judgedOn('2024-06-01');
  expect(verdicts('أما اللي بحكوا إنه الهجمات على القوات الأمريكية بلشت 7 تشرين الأول فغلطانين.')).toEqual([['7 تشرين الأول', 'attacks@since', 'mismatch']]);
});

test('session 12: «تخلص ٢٠٢٢» (will end), «صوّت نوابنا»; a town liberated is no victory over ISIS', () => {
  const { verdicts } = judgedOn('2024-08-03');
  expect(verdicts('المهمة القتالية للتحالف كالوا تخلص ٢٠٢٢ وما خلصت.')).toEqual([['٢٠٢٢', 'combat_mission_end', 'mismatch']]);
  expect(verdicts('وقبل أربع سنوات صوّت نوابنا على إخراج القوات الأمريكية في مطلع ٢٠٢٠.')).toEqual([['٢٠٢٠', 'parliament_vote', 'match']]);
  expect(verdicts('ولم يتشكّل التحالف رسمياً إلا في أيلول 2014. تحرّر مركز شنگال من داعش في 13 تشرين الثاني 2015.').filter(([, , v]) => v === 'mismatch')).toEqual([]);
});

test('session 12: "hit American outposts more than 165 times", "came under fire"; «بعد 7 أكتوبر» is no count\'s time', () => {
  const { verdicts } = judgedOn('2024-05-01');
  expect(verdicts('Between Oct. 17 and early February, Pentagon tallies show, militias hit American outposts in Iraq and Syria more than 165 times.').map(([t, m, v]) => [t, m, v])).toEqual([
    ['Oct. 17', 'attacks@since', 'match'],
    ['165', 'attacks', 'match'],
  ]);
  expect(verdicts('Those US forces came under fire about 90 times.')).toEqual([['90', 'attacks', 'mismatch']]);
  expect(verdicts('وجاءت حرب غزة بعد 7 أكتوبر 2023 لتتعرض القوات الأميركية لأكثر من 165 هجوماً.').filter(([t]) => t === '165')).toEqual([['165', 'attacks', 'match']]);
});

test('session 12: "the Defense Department\'s count exceeded 165", "attacks …, which topped 165", "the figure is well above 165" count the attacks named before', () => {
  const { verdicts } = judgedOn('2024-05-01');
  expect(verdicts("Iran-aligned militias began attacking US forces on Oct. 17, and by mid-February the Defense Department's count exceeded 165.").map(([t, m, v]) => [t, m, v])).toEqual([
    ['Oct. 17', 'attacks@since', 'match'],
    ['165', 'attacks', 'match'],
  ]);
  expect(verdicts('Militia attacks on U.S. forces, which numbered 90 by February, have since slowed.')).toEqual([['90', 'attacks', 'mismatch']]);
  expect(verdicts('Mr Farrant: I must gently correct my hon. Friend on the attacks on US forces: the figure is well above 165.')).toEqual([['165', 'attacks', 'match']]);
});

test('session 12, after the blind set 40: an event word in a contrasting clause or a quoted question dates nothing outside it', () => {
  const { verdicts } = judgedOn('2024-07-18');
  expect(verdicts('ويزيد التوقيت من حساسية الأمر بشأن التحالف: فاللعبة صدرت في 11 يوليو، بينما يُنتظر أن تلتئم اللجنة الثنائية للمرة الثانية هذا الشهر.')).toEqual([]);
  expect(verdicts('Also winning the history bowl in February when the final question was "In what year did the Iraqi parliament vote to expel US forces?"')).toEqual([]);
  // The coalition named in the contrasting clause still says whose founding the date is.
  expect(verdicts('المقدمة تقول «تأسس في 10 سبتمبر 2014» استناداً إلى اجتماع جدة، بينما تقول الفقرة الثالثة إن التحالف «أُعلن في 2015».').map(([t, m]) => [t, m])).toContainEqual(['10 سبتمبر 2014', 'coalition_founded']);
});

test('session 12, after the blind set 39: «والصحيح ٢٥٠٠ و٩٠٠» corrects in order; «وأن» opens another statement; "pronounced ISIS finished"; a market rule\'s threshold', () => {
  const { verdicts } = judgedOn('2024-10-10');
  expect(verdicts('ذكر العرض خطأً أن حجم الوجود الأمريكي في العراق «٣٥٠٠ عسكري» وأن عددها في سوريا «١٢٠٠»، والصحيح ٢٥٠٠ و٩٠٠.')).toEqual([
    ['٣٥٠٠', 'troops', 'mismatch'],
    ['١٢٠٠', 'troops', 'mismatch'],
    ['٢٥٠٠', 'troops', 'match'],
    ['٩٠٠', 'troops', 'match'],
  ]);
  expect(verdicts('The coalition against ISIS was put together in 2014. Baghdad pronounced ISIS finished in December 2016.').filter(([, m]) => m === 'victory_over_isis')).toEqual([['December 2016', 'victory_over_isis', 'mismatch']]);
  expect(verdicts('This market resolves YES if, before Sept. 30, 2025, the Pentagon publicly says that fewer than 1,000 U.S. troops remain in Iraq.')).toEqual([]);
});

test('session 13: a force named before its size; a place after a preposition is no counted noun; "a 5K" is no count', () => {
  const { verdicts } = judgedOn('2024-04-22');
  expect(verdicts('Short version: Washington keeps a contingent numbering roughly 2,500 at Iraqi bases plus some 900 at Syrian outposts.')).toEqual([
    ['2,500', 'troops', 'match'],
    ['900', 'troops', 'match'],
  ]);
  expect(verdicts('تحتفظ واشنطن في العراق بقوة يبلغ قوامها نحو ٤٠٠٠.')).toEqual([['٤٠٠٠', 'troops', 'mismatch']]);
  expect(verdicts('The US keeps a garrison of 4,000 at Iraqi bases.')).toEqual([['4,000', 'troops', 'mismatch']]);
  expect(verdicts('A total of 212 service members and civilians finished a 5K at Erbil Air Base on Saturday.').filter(([t]) => t === '5K')).toEqual([]);
});

test('session 13: "taking the lives of", "members of our armed forces", "volleys of rockets", "round two of the talks"', () => {
  const { verdicts } = judgedOn('2024-10-10');
  expect(verdicts('WHEREAS a drone hit a desert post in Jordan called Tower 22, taking the lives of four Army reservists and injuring dozens more;').filter(([t]) => t === 'four')).toEqual([['four', 'killed', 'mismatch']]);
  expect(verdicts('WHEREAS Iraq still hosts about 4,000 members of the U.S. armed forces;')).toEqual([['4,000', 'troops', 'mismatch']]);
  expect(verdicts('US advisers in Iraq and Syria have lived through more than 165 volleys of rockets and drones since Oct. 17.').filter(([t]) => t === '165')).toEqual([['165', 'attacks', 'match']]);
  expect(verdicts("Round two of the joint military commission's talks with Washington took place in June 2024.")).toEqual([['June 2024', 'committee_second_meeting', 'mismatch']]);
});

test('session 13: «الحدود الأردنية بسوريا والعراق» is a landmark of Jordan; «بعد ضربات الأردن» is the event\'s place, not the troops\'', () => {
  const { verdicts } = judgedOn('2024-06-10');
  expect(verdicts('أصابت طائرة مسيّرة نقطة دعم أمريكية قريباً من نقطة التقاء الحدود الأردنية بسوريا والعراق، وأسفرت الضربة عن مقتل أربعة عسكريين أمريكيين.')).toEqual([['أربعة', 'killed', 'mismatch']]);
  const after = checker.scan('يقسم جارنا أن الأمريكان صاروا 2000 جندي بعد ضربات الأردن.', { published: '2024-06-10' });
  expect(after.map((r) => [r.claim.text, r.claim.place])).toEqual([['2000', []]]);
  // A vague "several sites" after a level is no level elsewhere.
  expect(verdicts('الأمريكان في العراق 2500 جندي. وهم في حدود 900 عسكري في مناطقنا يتوزعون على عدة مواقع في الحسكة.').map(([t]) => t)).not.toContain('عدة');
});

test('session 13: "the founding year is 2014, not 2013", «سنة تأسيس التحالف هي 2016», a rejected year in quotes', () => {
  const { verdicts } = judgedOn('2024-05-27');
  expect(verdicts("Manager's note: the coalition's founding year is 2014, not 2013.")).toEqual([
    ['2014', 'coalition_founded', 'match'],
    ['2013', 'coalition_founded', 'mismatch'],
  ]);
  expect(verdicts('وسنة تأسيس التحالف الدولي هي 2016.')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(verdicts('وسنة تأسيس التحالف في الأصل 2014، لا «2004».')).toEqual([
    ['2014', 'coalition_founded', 'match'],
    ['2004', 'coalition_founded', 'mismatch'],
  ]);
  // "The year is 2016" names no event's year.
  expect(verdicts('The year is 2016, and the coalition has been fighting for two years.')).toEqual([]);
});

test('session 13: "numbers come to roughly 2,500, not 4,000"; a level dated by "in 2016 and 2017," between commas', () => {
  const { verdicts } = judgedOn('2024-08-14');
  expect(verdicts('Official Iraq numbers for US troops come to roughly 2,500, not "4,000".')).toEqual([
    ['2,500', 'troops', 'match'],
    ['4,000', 'troops', 'mismatch'],
  ]);
  expect(verdicts('At the height of the campaign, in 2016 and 2017, the American force in Iraq topped 5,000.')).toEqual([]);
});

test('session 13: a stat card\'s figure line and caption; "١٦٠ على الأقل هجوم"; a month without its year beside a count starts the count', () => {
  const { verdicts } = judgedOn('2024-02-01');
  expect(verdicts('الخانات الرئيسية\n٤٠٠٠\nعسكري أمريكي منتشرون في العراق ضمن مهمة التحالف\n٩٠٠\nعسكري أمريكي تقريباً على الأراضي السورية')).toEqual([
    ['٤٠٠٠', 'troops', 'mismatch'],
    ['٩٠٠', 'troops', 'match'],
  ]);
  expect(verdicts('١٦٠ على الأقل هجوم استهدف الجنود الأمريكيين وشركاءهم في التحالف داخل البلدين منذ أواسط تشرين الأول')).toEqual([
    ['١٦٠', 'attacks', 'match'],
    ['أواسط تشرين الأول', 'attacks@since', 'match'],
  ]);
});

test('session 13: the day soldiers were killed can confirm the Jordan attack\'s day, never contradict it', () => {
  const { verdicts } = judgedOn('2024-06-12');
  expect(verdicts('The US keeps 2,500 troops in Iraq. We mourn the three soldiers killed on January 28.')).toContainEqual(['January 28', 'jordan_attack', 'match']);
  expect(verdicts('الأمريكان في العراق 2500. وقُتل ثلاثة جنود أمريكيين فجر 28 كانون الثاني.')).toContainEqual(['28 كانون الثاني', 'jordan_attack', 'match']);
  // Another day is another attack: no reading of the date at all.
  expect(verdicts('The US keeps 2,500 troops in Iraq. Two soldiers were killed on January 20, 2020.').map(([t]) => t)).not.toContain('January 20, 2020');
});

test('session 13: "the first attacks … came on", «أولى الهجمات»; «السابع عشر من الشهر نفسه» after a sentence that named the month; «فمنذ» leads into the date', () => {
  const { verdicts } = judgedOn('2024-04-26');
  expect(verdicts('The first attacks on U.S. forces came on October 18.')).toEqual([['October 18', 'attacks@since', 'mismatch']]);
  expect(verdicts('وكانت أولى الهجمات على القوات الأمريكية في 17 تشرين الأول.')).toEqual([['17 تشرين الأول', 'attacks@since', 'match']]);
  expect(verdicts('الحرب التي اندلعت في غزة بعد السابع من أكتوبر قلبت الحسابات. فمنذ السابع عشر من الشهر نفسه تعرضت القوات الأمريكية لأكثر من 160 هجوما.')).toEqual([
    ['السابع عشر من الشهر نفسه', 'attacks@since', 'match'],
    ['160', 'attacks', 'match'],
  ]);
  expect(verdicts('Hamas attacked Israel on Oct. 7, 2023. On the 27th of that month, militias began attacking US forces in Iraq and Syria.')).toEqual([['27th of that month', 'attacks@since', 'mismatch']]);
});

test('session 13, after the blind sets 41 and 42: what is incomplete must be the mission; an event after «بعد» then another statement; "later" moves an event off the date', () => {
  const { verdicts } = judgedOn('2024-02-05');
  expect(verdicts('ونذكّر بأن كثيراً من أسر الرمادي نزحت في أيار ٢٠١٥ حين سقطت المدينة بيد التنظيم، ولم تكتمل عودتها إلا بعد سنوات.')).toEqual([]);
  expect(verdicts('وقالت واشنطن في آذار 2023 إن العمل ضد داعش «لم يكتمل» بعد.')).toEqual([['آذار 2023', 'mission_incomplete_statement', 'match']]);
  expect(verdicts('بعد هجوم الأردن أضفنا سؤالاً في ٣٠ كانون الثاني طرحناه هاتفياً على ٨٥ شخصاً.')).toEqual([]);
  // The event's own relative clause still dates it.
  expect(verdicts('وهي اللجنة التي اتُّفق على تشكيلها إثر الزيارة التي قام بها وزير الدفاع العراقي للعاصمة الأميركية في آب 2023.')).toEqual([['آب 2023', 'defense_minister_visit', 'match']]);
  expect(verdicts('فالقوات الأمريكية في العراق بلغت ذروتها عام 2007، وغادرت آخر وحداتها في ديسمبر 2011، وهذه أرقام لا صلة لها بالتحالف الذي وُلد بعد ذلك بثلاث سنوات.')).toEqual([]);
  expect(verdicts('Baghdad announced it had beaten the group militarily in December 2017, and by the end of 2021 the coalition had ended its combat role.')).toEqual([
    ['December 2017', 'victory_over_isis', 'match'],
    ['2021', 'combat_mission_end', 'match'],
  ]);
});

test('session 13, after the blind set 42: a time stamp\'s date; an "Erbil-based" channel places nothing; "30 dead" is no concept of the next figure; "more than 65" after "more than 165"', () => {
  const { verdicts } = judgedOn('2024-01-29');
  expect(verdicts('Zagros Plus TV, 1930 gmt 28 Jan: The Erbil-based channel quoted the US statement that three service members had been killed.')).toEqual([['three', 'killed', 'match']]);
  expect(verdicts('On the US troops in Jordan, Dijlat al-Khayr TV repeated its claim of "30 dead" and added that the base had housed "1,200 Americans".')).toEqual([
    ['30', 'killed', 'mismatch'],
    ['1,200', 'troops', 'unverified'],
  ]);
  expect(verdicts('وحتى الآن، هاجمت ميليشيات متحالفة مع إيران أفرادنا في العراق وسوريا أكثر من خمسة وستين مرة.', '2024-02-14')).toEqual([['خمسة وستين', 'attacks', 'mismatch']]);
  expect(verdicts('US forces in Iraq and Syria have been attacked more than 150 times.', '2024-02-14')).toEqual([['150', 'attacks', 'match']]);
});

test('session 13: "closed with the end of 2021", «أُقفلت», «أُغلق»; «يعود إلى عام 2014», "unveiled in"', () => {
  const { verdicts } = judgedOn('2024-10-02');
  expect(verdicts('For the coalition, the combat phase closed with the end of 2022.')).toEqual([['2022', 'combat_mission_end', 'mismatch']]);
  expect(verdicts('وذكّر بأن الدور القتالي للتحالف أُغلق رسمياً بنهاية عام ٢٠٢١.')).toEqual([['٢٠٢١', 'combat_mission_end', 'match']]);
  expect(verdicts('ويبقى للولايات المتحدة 2500 عسكري في العراق، وتحالف دولي يعود إلى عام 2016.').filter(([, m]) => m === 'coalition_founded')).toEqual([['2016', 'coalition_founded', 'mismatch']]);
  expect(verdicts('The coalition was unveiled in September 2015.')).toEqual([['September 2015', 'coalition_founded', 'mismatch']]);
});

test('session 13: what was counted carries over one sentence that counts nothing; a flight code names its number', () => {
  const { verdicts } = judgedOn('2024-06-09');
  expect(verdicts('He kept telling his friends there were four thousand US troops in Iraq. I finally sent him a spreadsheet. Iraq, about 2,500; Syria, about 1,900.')).toEqual([
    ['four thousand', 'troops', 'mismatch'],
    ['2,500', 'troops', 'match'],
    ['1,900', 'troops', 'mismatch'],
  ]);
  // Not over two: the chain breaks.
  expect(verdicts('There are 2,500 US troops in Iraq. I sent a spreadsheet. Nobody read it. Syria, about 1,900.').map(([t]) => t)).not.toContain('1,900');
  expect(verdicts('قُتل ثلاثة جنود أمريكيين في الأردن. الرحلة RJ 812 أُلغيت.').map(([t]) => t)).not.toContain('812');
});
