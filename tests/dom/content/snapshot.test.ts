import { readPageMeta, uiLang } from '../../../content-scripts/meta';
import { isCandidate } from '../../../content-scripts/candidate';
import { snapshotBlocks } from '../../../content-scripts/snapshot';

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.head.textContent = '';
  document.body.textContent = '';
});

function setBody(html: string): void {
  // Fixture markup only (tests own it); DOMParser keeps the production code free of HTML sinks.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

describe('snapshot', () => {
  test('joins inline markup into one phrase per block and keeps a segment table', () => {
    setBody('<p>ينتشر <b>2500</b> جندي <a href="#">أميركي</a> في العراق</p><ul><li>one</li><li>two <i>x</i></li></ul>');
    const blocks = snapshotBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['ينتشر 2500 جندي أميركي في العراق', 'one', 'two x']);
    const p = blocks[0]!;
    expect(p.el.localName).toBe('p');
    expect(p.nodes).toHaveLength(5);
    expect(p.starts).toEqual([0, 6, 10, 16, 22]);
    expect(p.nodes[1]!.data).toBe('2500');
  });

  test('skips script, style, textarea, inputs, contenteditable, role=textbox, aria-hidden, [hidden], svg', () => {
    setBody(
      '<p>keep 1</p><script>var x = 2</script><style>p{}</style><textarea>3 troops</textarea><input value="4">' +
        '<div contenteditable="true">5 draft</div><div role="textbox">6</div><div aria-hidden="true">7</div>' +
        '<div hidden>8</div><svg><text>9</text></svg><noscript>10</noscript><template>11</template>' +
        '<div contenteditable="false">keep 12</div>',
    );
    expect(snapshotBlocks(document.body).map((b) => b.text)).toEqual(['keep 1', 'keep 12']);
  });

  test('a table row is one block, its cells separated by tabs', () => {
    setBody('<table><tr>\n<th>القتلى في <b>هجوم</b> الأردن</th>\n<td>٣</td></tr><tr><td>Syria</td><td>900</td></tr></table>');
    const blocks = snapshotBlocks(document.body);
    expect(blocks.map((b) => [b.el.localName, b.text.trim()])).toEqual([
      ['tr', 'القتلى في هجوم الأردن \t٣'],
      ['tr', 'Syria\t900'],
    ]);
  });

  test('a line break in the source is a space (only <br> and <pre> break lines), at the same offsets', () => {
    setBody('<p>ينتشر نحو 2500\nجندي <b>أميركي\n</b>في العراق</p><pre>a 1\nb 2</pre>');
    const blocks = snapshotBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['ينتشر نحو 2500 جندي أميركي في العراق', 'a 1\nb 2']);
    expect(blocks[0]!.starts).toEqual([0, 20, 27]);
  });

  test('a div with block children splits into runs; <br> separates lines', () => {
    setBody('<div>intro 1<p>para 2</p>tail 3<br>line 4</div>');
    expect(snapshotBlocks(document.body).map((b) => b.text)).toEqual(['intro 1', 'para 2', 'tail 3\nline 4']);
  });

  test('a figure alone in its block (a stat card) joins the caption block after it, on a line of its own', () => {
    setBody('<div class="tile"><div class="big"><b>٢٥٠٠</b></div><div class="cap">عسكري أمريكي في العراق</div></div><div><div>+٤٠</div><p>مصاباً</p></div><p>١٢</p><p>٣٤</p><p>آخر</p>');
    const blocks = snapshotBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['٢٥٠٠\nعسكري أمريكي في العراق', '+٤٠\nمصاباً', '١٢\n٣٤', 'آخر']);
    const card = blocks[0]!;
    expect(card.el.className).toBe('cap');
    expect(card.starts).toEqual([0, 5]);
    expect(card.nodes.map((n) => n.data)).toEqual(['٢٥٠٠', 'عسكري أمريكي في العراق']);
  });

  test('a figure alone at the end of the page is still emitted', () => {
    setBody('<p>intro</p><div>٢٥٠٠</div>');
    expect(snapshotBlocks(document.body).map((b) => b.text)).toEqual(['intro', '٢٥٠٠']);
  });

  test('reads the page without changing it', () => {
    setBody('<article><h1>US troops</h1><p>About <b>2,500</b> troops</p></article>');
    const before = document.documentElement.outerHTML;
    snapshotBlocks(document.body);
    readPageMeta(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('overridden Array.prototype.map and JSON.parse do not break the snapshot or the metadata', () => {
    setBody('<p>About <b>2,500</b> troops</p><time datetime="2023-04-05T10:00">x</time>');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = '{"datePublished":"2023-04-05"}';
    document.head.appendChild(script);
    const map = Array.prototype.map;
    const parse = JSON.parse;
    try {
      Array.prototype.map = function () {
        throw new Error('sabotaged map');
      };
      JSON.parse = () => {
        throw new Error('sabotaged JSON.parse');
      };
      expect(snapshotBlocks(document.body)[0]!.text).toBe('About 2,500 troops');
      expect(readPageMeta(document).published).toBe('2023-04-05'); // from <time>, JSON-LD failed safely
    } finally {
      Array.prototype.map = map;
      JSON.parse = parse;
    }
  });
});

describe('page metadata', () => {
  test('published date: meta, then JSON-LD @graph, then <time>', () => {
    document.head.replaceChildren();
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2022-11-30T08:00:00Z' }] });
    document.head.appendChild(ld);
    expect(readPageMeta(document).published).toBe('2022-11-30');
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2021-01-02');
    document.head.appendChild(meta);
    expect(readPageMeta(document).published).toBe('2021-01-02');
  });

  test('language: html[lang] or the dominant script', () => {
    document.documentElement.setAttribute('lang', 'ar-IQ');
    expect(readPageMeta(document).lang).toBe('ar');
    expect(uiLang('ar', 'English text')).toBe('ar');
    expect(uiLang('en', 'نص عربي طويل مع 2500 جندي')).toBe('ar');
    expect(uiLang(undefined, 'English text')).toBe('en');
  });
});

describe('filter late', () => {
  test.each([
    ['2500 troops', true],
    ['٢٥٠٠ جندي', true],
    ['۲۵۰۰ سرباز', true],
    ['ألفا جندي', true],
    ['ثلاثة آلاف', true],
    ['several hundred troops', true],
    ['no figures here at all', false],
    ['مقال بلا أرقام', false],
  ])('%s → %s', (text, expected) => {
    expect(isCandidate(text)).toBe(expected);
  });
});
