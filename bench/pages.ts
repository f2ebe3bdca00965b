// Deterministic benchmark pages: Arabic news HTML with coalition figures mixed in, from a seeded
// generator (commit the generator and the seed, not the pages). The same seed and size always give
// the same bytes.

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences with coalition figures; {n} is filled with a right or a wrong value. */
const CLAIMS: { text: string; right: number; wrong: number[] }[] = [
  { text: 'وتنشر الولايات المتحدة نحو {n} جندي في العراق ضمن التحالف الدولي.', right: 2500, wrong: [3000, 4000, 5200] },
  { text: 'ويقدر عدد الجنود الأميركيين في سوريا بنحو {n} جندي.', right: 900, wrong: [1500, 2000] },
  { text: 'وتأسس التحالف الدولي ضد تنظيم داعش عام {n}.', right: 2014, wrong: [2015, 2016] },
  { text: 'وتعرضت القوات الأميركية لأكثر من {n} هجوما في العراق وسوريا منذ 17 أكتوبر.', right: 130, wrong: [40, 60] },
  { text: 'وأدى الهجوم إلى مقتل {n} جنود أميركيين في الأردن.', right: 3, wrong: [5, 7] },
  { text: 'وأعلن العراق النصر على داعش أواخر عام {n}.', right: 2017, wrong: [2015, 2019] },
  { text: 'وكان البرلمان العراقي قد صوت مطلع عام {n} على إخراج القوات الأجنبية.', right: 2020, wrong: [2018, 2022] },
];

/** Filler sentences, some with unrelated numbers (prices, dates, counts). */
const FILLER = [
  'وقال مسؤول حكومي إن المحادثات ستستمر خلال الأسابيع المقبلة في بغداد.',
  'وارتفع سعر صرف الدولار إلى {p} دينار في الأسواق المحلية.',
  'وأعلنت وزارة التربية افتتاح {s} مدرسة جديدة في المحافظات الجنوبية.',
  'وشهدت العاصمة ازدحاما مروريا كبيرا بسبب الأمطار الغزيرة.',
  'وأكد المتحدث أن اللجنة العسكرية العليا عقدت اجتماعها في موعده.',
  'ويبلغ عدد سكان المدينة نحو {s} ألف نسمة وفق آخر إحصاء.',
  'وتتواصل الجهود الدبلوماسية لتخفيف التوتر في المنطقة.',
  'وأشار التقرير إلى أن أسعار النفط سجلت {p} دولارا للبرميل.',
  'ودعا نواب في البرلمان إلى جدول زمني واضح للانسحاب.',
  'ونقلت وكالة الأنباء الرسمية عن مصادر مطلعة تفاصيل الاجتماع.',
];

export interface GeneratedPage {
  html: string;
  bytes: number;
  paragraphs: number;
  /** Figures planted: how many right and how many wrong. */
  right: number;
  wrong: number;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An Arabic article of about `targetBytes` UTF-8 bytes: headings, paragraphs, a few lists and
 * links; about one sentence in six carries a coalition figure, a third of those wrong.
 */
export function generateArticle(targetBytes: number, seed = 20240205): GeneratedPage {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const head =
    '<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n' +
    '<meta property="article:published_time" content="2024-02-05T09:00:00Z">\n' +
    '<title>تغطية: مستقبل التحالف الدولي في العراق</title>\n' +
    '<style>body{font-family:sans-serif;max-width:760px;margin:2em auto;line-height:1.8}</style>\n' +
    '</head>\n<body>\n<header><nav><a href="#">الرئيسية</a> | <a href="#">سياسة</a> | <a href="#">اقتصاد</a></nav></header>\n<article>\n' +
    '<h1>مستقبل التحالف الدولي في العراق</h1>\n';
  const tail = '</article>\n<footer>جميع الحقوق محفوظة</footer>\n</body>\n</html>\n';
  const parts: string[] = [head];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let paragraphs = 0;
  let right = 0;
  let wrong = 0;
  while (bytes < targetBytes) {
    const sentences: string[] = [];
    const kinds: ('right' | 'wrong' | null)[] = [];
    const count = 2 + Math.floor(rand() * 4);
    for (let i = 0; i < count; i++) {
      if (rand() < 1 / 6) {
        const c = pick(CLAIMS);
        const isWrong = rand() < 1 / 3;
        sentences.push(c.text.replace('{n}', String(isWrong ? pick(c.wrong) : c.right)));
        kinds.push(isWrong ? 'wrong' : 'right');
      } else {
        kinds.push(null);
        sentences.push(
          pick(FILLER)
            .replace('{p}', String(100 + Math.floor(rand() * 1500)))
            .replace('{s}', String(10 + Math.floor(rand() * 900))),
        );
      }
    }
    let block: string;
    const r = rand();
    const used = r < 0.08 ? kinds.slice(0, 1) : kinds;
    right += used.filter((k) => k === 'right').length;
    wrong += used.filter((k) => k === 'wrong').length;
    if (r < 0.08) block = `<h2>${escapeHtml(sentences[0]!)}</h2>\n`;
    else if (r < 0.14) block = `<ul>${sentences.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>\n`;
    else if (r < 0.2) block = `<p>${escapeHtml(sentences.join(' '))} <a href="#more">المزيد</a></p>\n`;
    else block = `<p>${escapeHtml(sentences.join(' '))}</p>\n`;
    parts.push(block);
    bytes += Buffer.byteLength(block);
    paragraphs++;
  }
  parts.push(tail);
  const html = parts.join('');
  return { html, bytes: Buffer.byteLength(html), paragraphs, right, wrong };
}

/**
 * The bare baseline of the issue's "≤ 4× a bare TreeWalker pass" target: one TreeWalker pass
 * reading every text node, nothing else. Runs in the page (page.evaluate(bareWalk)): it must use
 * nothing from outside its own body.
 */
export function bareWalk(): number {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
  return chars >= 0 ? performance.now() - t0 : NaN;
}
