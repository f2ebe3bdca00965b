import { ChangeObserver, type Change } from '../../../content-scripts/observer';
import { sleep } from './helpers';

describe('ChangeObserver', () => {
  test('collects block roots, ignores the host, falls back to a full rescan on storms', async () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'a';
    const host = document.createElement('div');
    document.body.append(p, host);
    const changes: Change[] = [];
    const obs = new ChangeObserver({ target: () => document.body, isOwn: (n) => host.contains(n), onChange: (c) => changes.push(c), debounceMs: 5, fullThreshold: 50 });
    obs.start();

    host.appendChild(document.createElement('span')).textContent = '12';
    await sleep(50);
    expect(changes).toEqual([]);

    const b = document.createElement('b');
    b.textContent = '12';
    p.appendChild(b);
    await sleep(50);
    expect(changes).toEqual([{ full: false, roots: [p] }]);

    changes.length = 0;
    for (let i = 0; i < 60; i++) p.appendChild(document.createTextNode(String(i)));
    await sleep(50);
    expect(changes).toEqual([{ full: true }]);
    obs.stop();
  });
});
