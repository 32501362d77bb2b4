// PostGraphile v5 (grafast, @dataplan/pg, grafserv) calls Promise.withResolvers, which Node gained in v22; this
// project runs Node 20. The spec's behaviour, installed only when missing, and only in the PostGraphile process.

interface Resolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

const PromiseConstructor = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };

if (typeof PromiseConstructor.withResolvers !== 'function') {
  PromiseConstructor.withResolvers = function withResolvers<T>(): Resolvers<T> {
    let resolve!: Resolvers<T>['resolve'];
    let reject!: Resolvers<T>['reject'];
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

export {};
