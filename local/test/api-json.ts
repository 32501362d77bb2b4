import type { ApiStack, CallInit, RouteHandler } from './api-stack';

export interface JsonAnswer {
  status: number;
  // Whatever JSON the route answered; tests assert on its shape, so it is deliberately untyped here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** stack.call, answering status and parsed JSON body (null for an empty one, e.g. 204); `path` defaults to /api. */
export function jsonCaller(stack: ApiStack) {
  return async (handler: RouteHandler, init: Partial<CallInit> = {}): Promise<JsonAnswer> => {
    const res = await stack.call(handler, { path: '/api', ...init });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}
