// The JSONPath subset Hasura accepts in claims_map and claims_namespace_path: `$`, `.field`, `field`, `[42]`,
// `["field"]`, `['field']`. Anything else is refused at start-up, as Hasura refuses the config.
export type JsonPathElement = { key: string } | { index: number };
export type JsonPath = JsonPathElement[];

export function parseJsonPath(text: string): JsonPath {
  if (text === '$') return [];
  const path: JsonPath = [];
  let at = text.startsWith('$') ? 1 : 0;
  const invalid = () =>
    new Error(
      `${text}. Accept letters, digits, underscore (_) or hyphen (-) only. ` +
        'Use quotes enclosed in bracket (["..."]) if there is any special character',
    );
  if (at >= text.length) throw invalid();
  while (at < text.length) {
    const dotted = text[at] === '.';
    const start = dotted ? at + 1 : at;
    if (text[start] === '[') {
      const parsed = parseBracket(text, start);
      if (!parsed) throw invalid();
      path.push(parsed.element);
      at = parsed.end;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(start));
    if (!name) throw invalid();
    path.push({ key: name[0] });
    at = start + name[0].length;
  }
  return path;
}

function parseBracket(text: string, open: number): { element: JsonPathElement; end: number } | undefined {
  const rest = text.slice(open + 1);
  const digits = /^(\d+)\]/.exec(rest);
  if (digits) return { element: { index: Number(digits[1]) }, end: open + 1 + digits[0].length };
  const quote = rest[0];
  if (quote !== '"' && quote !== "'") return undefined;
  let raw = '';
  for (let i = 1; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '\\' && i + 1 < rest.length) {
      const next = rest[i + 1];
      // In single quotes \' is a literal quote; every other escape keeps JSON's meaning.
      raw += quote === "'" && next === "'" ? "'" : `\\${next}`;
      i++;
    } else if (ch === quote) {
      if (rest[i + 1] !== ']') return undefined;
      const key = decodeJsonString(quote === "'" ? raw.replace(/(?<!\\)"/g, '\\"') : raw);
      return key === undefined ? undefined : { element: { key }, end: open + 1 + i + 2 };
    } else {
      raw += ch;
    }
  }
  return undefined;
}

function decodeJsonString(inner: string): string | undefined {
  try {
    const value: unknown = JSON.parse(`"${inner}"`);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Hasura's rendering of a path, used in its error messages ('$.a["b:c"][0]'). */
export function encodeJsonPath(path: JsonPath): string {
  return (
    '$' +
    path
      .map((el) => {
        if ('index' in el) return `[${el.index}]`;
        return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(el.key) ? `.${el.key}` : `[${JSON.stringify(el.key)}]`;
      })
      .join('')
  );
}

/** The value at `path`, or undefined when any step is missing (a missing claim, not an error). */
export function executeJsonPath(path: JsonPath, value: unknown): unknown {
  let current = value;
  for (const el of path) {
    if ('index' in el) {
      if (!Array.isArray(current) || el.index >= current.length) return undefined;
      current = current[el.index];
    } else {
      if (!isPlainObject(current) || !Object.hasOwn(current, el.key)) return undefined;
      current = current[el.key];
    }
  }
  return current;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
