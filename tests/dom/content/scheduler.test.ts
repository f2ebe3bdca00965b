import { debounce } from '../../../content-scripts/scheduler';

describe('debounce', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('fires once after a quiet period', () => {
    const fn = jest.fn();
    const d = debounce(fn, 300);
    d();
    jest.advanceTimersByTime(200);
    d();
    jest.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test('a page that never goes quiet is still flushed every maxWait', () => {
    const fn = jest.fn();
    const d = debounce(fn, 300, 1000);
    for (let t = 0; t < 3000; t += 50) {
      d();
      jest.advanceTimersByTime(50);
    }
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  test('cancel drops a pending call', () => {
    const fn = jest.fn();
    const d = debounce(fn, 300, 1000);
    d();
    d.cancel();
    jest.advanceTimersByTime(2000);
    expect(fn).not.toHaveBeenCalled();
  });
});
