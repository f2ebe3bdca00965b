import { splitClauses, splitSentences } from '../../../core/text/sentences';
import { normalize } from '../../../core/text/normalize';

const sentences = (raw: string): string[] => {
  const s = normalize(raw).text;
  return splitSentences(s).map((sp) => s.slice(sp.start, sp.end));
};
const clauses = (raw: string): string[] => {
  const s = normalize(raw).text;
  return splitSentences(s).flatMap((sp) => splitClauses(s, sp).map((c) => s.slice(c.start, c.end)));
};

describe('splitSentences', () => {
  test.each<[string, string[]]>([
    ['الجملة الأولى. الجملة الثانية.', ['الجمله الاولي.', 'الجمله الثانيه.']],
    ['هل انتهت المهمة؟ نعم', ['هل انتهت المهمه؟', 'نعم']],
    ['قال ذلك؛ ثم غادر', ['قال ذلك؛', 'ثم غادر']],
    ['سطر أول\nسطر ثان', ['سطر اول', 'سطر ثان']],
    ['\n\n  فقرة  \n\n', ['فقره']],
    ['بلغ 3.5 مليون. انتهى', ['بلغ 3.5 مليون.', 'انتهي']],
    ['قال د. أحمد إن العدد 2500. ثم', ['قال د. احمد ان العدد 2500.', 'ثم']],
    ['The U.S. has 2,500 troops. It said so.', ['The U.S. has 2,500 troops.', 'It said so.']],
    ['The U.N. agreed. Then', ['The U.N. agreed.', 'Then']],
    ['Since Oct. 17, attacks rose. Gen. Smith said.', ['Since Oct. 17, attacks rose.', 'Gen. Smith said.']],
    ['Lt. Col. Jones met Dr. Lee and Mr. Kim vs. Ms. Park.', ['Lt. Col. Jones met Dr. Lee and Mr. Kim vs. Ms. Park.']],
    ['Really?! Yes.', ['Really?!', 'Yes.']],
    ['He said "go." Then left.', ['He said "go."', 'Then left.']],
    ['استمرار التحالف الدولي .الذي تشكل لمحاربة تنظيم داعش .وهو ما يقضي', ['استمرار التحالف الدولي .الذي تشكل لمحاربه تنظيم داعش .وهو ما يقضي']],
    ['Wait... what', ['Wait...', 'what']],
    ['', []],
    ['   ', []],
    ['...', ['...']],
    ['في العام 2014. وفي 2017', ['في العام 2014.', 'وفي 2017']],
    // A stat card: a figure alone on its line, then what it counts.
    ['الخانات\n٢٥٠٠\nعسكري في العراق\n+٤٠\nمصابا', ['الخانات', '2500\nعسكري في العراق', '+40\nمصابا']],
    ['١٦٠ على الأقل\nهجوم منذ أكتوبر', ['160 علي الاقل\nهجوم منذ اكتوبر']],
    // A footnote mark after a period, or a figure before another figure's line, stays apart.
    ['حتى الآن.3\nأما في سوريا', ['حتي الان.', '3', 'اما في سوريا']],
    ['2024\n2,500 troops', ['2024', '2,500 troops']],
  ])('%j', (raw, want) => {
    expect(sentences(raw)).toEqual(want);
  });

  test('spans never include surrounding whitespace and are never empty', () => {
    const s = normalize('  أ.  ب!  \n ج؟ \r\n  ').text;
    for (const sp of splitSentences(s)) {
      expect(sp.end).toBeGreaterThan(sp.start);
      expect(s[sp.start]).not.toMatch(/\s/);
      expect(s[sp.end - 1]).not.toMatch(/\s/);
    }
  });
});

describe('splitClauses', () => {
  test.each<[string, string[]]>([
    ['تنشر 2500 عسكري في العراق، ونحو 900 في سوريا', ['تنشر 2500 عسكري في العراق', 'ونحو 900 في سوريا']],
    ['2,500 troops, about 900 in Syria', ['2,500 troops', 'about 900 in Syria']],
    ['قال: إن العدد ٢٬٥٠٠', ['قال', 'ان العدد 2,500']],
    ['at 10:26; then', ['at 10:26', 'then']],
    ['a, , b', ['a', 'b']],
    ['no separators here', ['no separators here']],
  ])('%j', (raw, want) => {
    expect(clauses(raw)).toEqual(want);
  });

  test('clauses stay inside the sentence span', () => {
    const s = 'أولى، ثانية. ثالثة، رابعة';
    const sents = splitSentences(s);
    expect(sents).toHaveLength(2);
    const second = splitClauses(s, sents[1]!);
    expect(second.map((c) => s.slice(c.start, c.end))).toEqual(['ثالثة', 'رابعة']);
  });
});
