import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText, isoDay, looksLikeHtml } from '../../../cli/html-to-text';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('htmlToText: text', () => {
  test('inline tags join into one phrase', () => {
    expect(htmlToText(page('<p>نشر <b>2500</b> جندي</p>')).text).toBe('نشر 2500 جندي');
    expect(htmlToText(page('<p><span>25</span><span>00</span> troops</p>')).text).toBe('2500 troops');
    expect(htmlToText(page('<p>more than <a href="#"><i>130</i></a> attacks</p>')).text).toBe('more than 130 attacks');
  });

  test('block elements become line breaks', () => {
    const { text } = htmlToText(page('<h1>Title</h1><p>one</p><div>two<div>three</div></div><ul><li>a</li><li>b</li></ul>x<br>y'));
    expect(text).toBe('Title\none\ntwo\nthree\na\nb\nx\ny');
  });

  test('a table row is one line, its cells separated by tabs (a fact box reads "label<TAB>value")', () => {
    const { text } = htmlToText(
      page('<table><caption>In numbers</caption><tr><th>Country</th><th> Troops </th></tr>\n<tr>\n <td>Iraq</td>\n <td><b>2</b>500</td></tr><tr><td></td><td>x</td></tr></table>'),
    );
    expect(text).toBe('In numbers\nCountry\tTroops\nIraq\t2500\nx');
  });

  test('runs of whitespace inside a block collapse to one space', () => {
    expect(htmlToText(page('<p>  a \n\n\t b   <b> c </b>  d </p>')).text).toBe('a b c d');
  });

  test('NBSP is kept (the engine reads it as a digit-group space)', () => {
    expect(htmlToText(page('<p>2&nbsp;500 troops</p>')).text).toBe('2\u00a0500 troops');
  });

  test('script, style, template, noscript, svg, iframe and head content are dropped', () => {
    const html = page(
      '<p>keep</p><script>var a = 111;</script><style>p{}</style><template><p>222</p></template>' +
        '<noscript>333</noscript><svg><text>444</text></svg><iframe src="x">555</iframe><p>end</p>',
      '<title>Headline</title><meta name="description" content="666"><script>777</script>',
    );
    const { text, title } = htmlToText(html);
    expect(text).toBe('keep\nend');
    expect(title).toBe('Headline');
  });

  test('attributes never reach the text', () => {
    const { text } = htmlToText(page('<p title="999" data-n="888" class="c"><img alt="777" src="a.png">seen <a href="/n/666">link</a></p>'));
    expect(text).toBe('seen link');
  });

  test('hidden elements are dropped', () => {
    expect(htmlToText(page('<p>a</p><p hidden>b</p><div style="display: none">c</div><p>d</p>')).text).toBe('a\nd');
  });

  test('entities are decoded', () => {
    expect(htmlToText(page('<p>&lt;b&gt; &amp; &quot;x&quot; &#1575;&#x644; caf&eacute;</p>')).text).toBe('<b> & "x" ال café');
  });

  test('pre keeps its line breaks', () => {
    expect(htmlToText(page('<pre>a  b\nc</pre>')).text).toBe('a  b\nc');
  });

  test('a fragment without html/body still works', () => {
    expect(htmlToText('<b>2500</b> جندي').text).toBe('2500 جندي');
  });
});

describe('htmlToText: metadata', () => {
  test('lang from html[lang] by prefix', () => {
    expect(htmlToText('<html lang="ar-IQ"><body>x</body></html>').lang).toBe('ar');
    expect(htmlToText('<html lang="EN_us"><body>x</body></html>').lang).toBe('en');
    expect(htmlToText('<html lang="fr"><body>x</body></html>').lang).toBeUndefined();
    expect(htmlToText('<p>x</p>').lang).toBeUndefined();
  });

  test('published from article:published_time, as YYYY-MM-DD', () => {
    const r = htmlToText(page('<p>x</p>', '<meta property="article:published_time" content="2024-01-18T23:30:00+03:00">'));
    expect(r.published).toBe('2024-01-18');
  });

  test('published from JSON-LD datePublished (also inside @graph)', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2024-02-09T08:00:00Z' }] });
    expect(htmlToText(page('<p>x</p>', `<script type="application/ld+json">${ld}</script>`)).published).toBe('2024-02-09');
    expect(htmlToText(page('<p>x</p>', '<script type="application/ld+json">{broken</script>')).published).toBeUndefined();
  });

  test('published from the first <time datetime>', () => {
    expect(htmlToText(page('<time datetime="2024-04-16">16 April</time><time datetime="2020-01-01">x</time>')).published).toBe('2024-04-16');
  });

  test('meta wins over JSON-LD and time', () => {
    const ld = '<script type="application/ld+json">{"datePublished":"2023-05-05"}</script>';
    const r = htmlToText(page('<time datetime="2022-02-02">x</time>', `${ld}<meta property="article:published_time" content="2024-01-01">`));
    expect(r.published).toBe('2024-01-01');
  });

  test('no title, no date → undefined', () => {
    const r = htmlToText(page('<p>x</p>'));
    expect(r.title).toBeUndefined();
    expect(r.published).toBeUndefined();
  });

  test('the fixture article', () => {
    const html = readFileSync(join(__dirname, 'fixtures', 'article.html'), 'utf8');
    const r = htmlToText(html);
    expect(r.lang).toBe('ar');
    expect(r.published).toBe('2024-01-18');
    expect(r.title).toBe('التحالف الدولي في العراق');
    expect(r.text).toContain('ينتشر نحو 2500 جندي أميركي في العراق.');
    expect(r.text).toContain('لأكثر من 130\u00a0هجوما & أكثر.');
    for (const hidden of ['7777', '999', '4444', '3333', '6666', 'story', 'التحالف الدولي في العراق']) expect(r.text).not.toContain(hidden);
  });
});

describe('isoDay', () => {
  test.each([
    ['2024-01-18T09:30:00+03:00', '2024-01-18'],
    ['2024/4/6', '2024-04-06'],
    ['2024-13-01', undefined],
    ['yesterday', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, out) => expect(isoDay(input)).toBe(out));
});

describe('looksLikeHtml', () => {
  test.each([
    ['<!DOCTYPE html><html></html>', true],
    ['\ufeff  <html lang="ar">', true],
    ['<p>2500 جندي</p>', true],
    ['<div class="a">x</div>', true],
    ['2500 جندي في العراق', false],
    ['a < b and <p> later', false],
    ['<note>not html</note>', false],
  ])('%j → %s', (s, expected) => expect(looksLikeHtml(s)).toBe(expected));
});
