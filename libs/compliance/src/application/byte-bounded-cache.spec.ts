import { ByteBoundedCache, estimateBytes } from './byte-bounded-cache.js';

const documents = (count: number, text: string) => new Map(Array.from({ length: count }, (_, i) => [`doc-${i}`, { id: i, text }]));

describe(ByteBoundedCache.name, () => {
  describe('when more is put in than the budget allows', () => {
    it('should keep the estimated bytes within the budget, dropping the least recently used first', () => {
      const entry = documents(100, 'x'.repeat(100));
      const sut = new ByteBoundedCache<Map<string, unknown>>(estimateBytes(entry) * 3 + 100);
      sut.set('a', documents(100, 'x'.repeat(100)));
      sut.set('b', documents(100, 'x'.repeat(100)));
      sut.set('c', documents(100, 'x'.repeat(100)));
      expect(sut.get('a')).toBeDefined(); // a is now the most recently used
      sut.set('d', documents(100, 'x'.repeat(100)));
      expect(sut.get('b')).toBeUndefined();
      expect([sut.get('a'), sut.get('c'), sut.get('d')].every(Boolean)).toBe(true);
      expect(sut.bytes).toBeLessThanOrEqual(sut.maxBytes);
    });

    it('should stay within the budget over many entries of different sizes', () => {
      const sut = new ByteBoundedCache<Map<string, unknown>>(1_000_000);
      for (let i = 0; i < 500; i += 1) {
        sut.set(`k${i}`, documents(1 + (i % 50), 'y'.repeat(i % 300)));
        expect(sut.bytes).toBeLessThanOrEqual(1_000_000);
      }
      expect(sut.size).toBeLessThan(500);
    });

    it('should return but not keep a value larger than the whole budget', async () => {
      const sut = new ByteBoundedCache<Map<string, unknown>>(10_000);
      const big = documents(1000, 'z'.repeat(50));
      expect(await sut.getOrCompute('big', async () => big)).toBe(big);
      expect(sut.get('big')).toBeUndefined();
      expect(sut.bytes).toBe(0);
    });
  });

  describe('when the same key is asked for concurrently', () => {
    it('should compute once and share the answer', async () => {
      const sut = new ByteBoundedCache<{ n: number }>(1_000_000);
      let computations = 0;
      const compute = async () => {
        computations += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { n: computations };
      };
      const answers = await Promise.all(Array.from({ length: 20 }, () => sut.getOrCompute('k', compute)));
      expect(computations).toBe(1);
      expect(new Set(answers).size).toBe(1);
      await sut.getOrCompute('k', compute);
      expect(computations).toBe(1);
    });

    it('should forget a failed computation so that the next request tries again', async () => {
      const sut = new ByteBoundedCache<{ n: number }>(1_000_000);
      await expect(sut.getOrCompute('k', () => Promise.reject(new Error('store busy')))).rejects.toThrow();
      expect(await sut.getOrCompute('k', async () => ({ n: 2 }))).toEqual({ n: 2 });
    });
  });
});

describe(estimateBytes.name, () => {
  it('should grow with the text and the number of documents, counting a shared object once', () => {
    const doc = { text: 'a'.repeat(1000) };
    expect(estimateBytes({ text: 'a'.repeat(2000) })).toBeGreaterThan(estimateBytes(doc) + 1900);
    expect(estimateBytes(documents(200, 'q'))).toBeGreaterThan(estimateBytes(documents(100, 'q')) * 1.9);
    expect(estimateBytes([doc, doc])).toBeLessThan(estimateBytes([doc, { ...doc }]));
  });
});
