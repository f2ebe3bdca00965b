import { locate } from '../../../content-scripts/locate';
import { snapshotBlocks } from '../../../content-scripts/snapshot';

function paragraph(...parts: Array<string | [string, string]>): HTMLParagraphElement {
  const p = document.createElement('p');
  for (const part of parts) {
    if (typeof part === 'string') p.appendChild(document.createTextNode(part));
    else {
      const el = document.createElement(part[0]);
      el.textContent = part[1];
      p.appendChild(el);
    }
  }
  document.body.replaceChildren(p);
  return p;
}

describe('locate', () => {
  test('maps a span inside one text node', () => {
    paragraph('About ', ['b', '2,500'], ' troops');
    const block = snapshotBlocks(document.body)[0]!;
    const r = locate(block, 6, 11)!;
    expect(r.toString()).toBe('2,500');
    expect(r.startContainer).toBe(block.nodes[1]);
  });

  test('a figure split over several text nodes becomes one range across them', () => {
    paragraph('نحو ', ['b', '2,'], ['i', '500'], ' جندي');
    const block = snapshotBlocks(document.body)[0]!;
    expect(block.text).toBe('نحو 2,500 جندي');
    const r = locate(block, 4, 9)!;
    expect(r.toString()).toBe('2,500');
    expect(r.startContainer).toBe(block.nodes[1]);
    expect(r.endContainer).toBe(block.nodes[2]);
    expect(r.endOffset).toBe(3);
  });

  test('spans across a <br> separator skip the gap', () => {
    const p = paragraph('first 12');
    p.appendChild(document.createElement('br'));
    p.appendChild(document.createTextNode('34 second'));
    const block = snapshotBlocks(document.body)[0]!;
    expect(block.text).toBe('first 12\n34 second');
    expect(locate(block, 9, 11)!.toString()).toBe('34');
    expect(locate(block, 8, 11)!.toString()).toBe('34'); // starts on the separator
  });

  test('a figure in a table cell maps past the tab between cells', () => {
    const table = document.createElement('table');
    const row = table.insertRow();
    row.insertCell().textContent = 'US troops in Syria';
    row.insertCell().textContent = '1,500';
    document.body.replaceChildren(table);
    const block = snapshotBlocks(document.body)[0]!;
    expect(block.text).toBe('US troops in Syria\t1,500');
    const r = locate(block, 19, 24)!;
    expect(r.toString()).toBe('1,500');
    expect(r.startContainer).toBe(block.nodes[1]);
  });

  test('refuses stale text, detached nodes and bad spans', () => {
    paragraph('About ', ['b', '2,500'], ' troops');
    const block = snapshotBlocks(document.body)[0]!;
    expect(locate(block, 5, 5)).toBeNull();
    expect(locate(block, -1, 3)).toBeNull();
    expect(locate(block, 0, 999)).toBeNull();
    block.nodes[1]!.data = '3,000';
    expect(locate(block, 6, 11)).toBeNull();
    block.nodes[1]!.data = '2,500';
    expect(locate(block, 6, 11)).not.toBeNull();
    block.nodes[1]!.remove();
    expect(locate(block, 6, 11)).toBeNull();
  });
});
