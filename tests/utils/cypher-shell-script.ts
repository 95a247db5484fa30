/**
 * Reads a cypher-shell script as cypher-shell would: `:param name => <literal>` sets a parameter, and
 * every other `;`-terminated text is a statement run with the parameters set so far. Only the literals
 * `cypherLiteral` writes are understood (null, booleans, numbers, strings, lists, maps).
 */
export interface ScriptStep {
  statement: string;
  params: Record<string, unknown>;
}

export function readCypherShellScript(script: string): ScriptStep[] {
  const steps: ScriptStep[] = [];
  const params: Record<string, unknown> = {};
  let pending: string[] = [];
  for (const line of script.split('\n')) {
    const param = /^:param (\w+) => (.*)$/.exec(line);
    if (param) {
      params[param[1]!] = parseLiteral(param[2]!);
      continue;
    }
    if (line.startsWith('//') || (pending.length === 0 && line.trim() === '')) continue;
    pending.push(line);
    if (line.trimEnd().endsWith(';')) {
      steps.push({ statement: pending.join('\n').trim().replace(/;$/, ''), params: { ...params } });
      pending = [];
    }
  }
  if (pending.join('').trim()) throw new Error(`the script ends inside a statement: ${pending.join('\n')}`);
  return steps;
}

export function parseLiteral(text: string): unknown {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i} of a :param literal: ${text.slice(Math.max(0, i - 20), i + 20)}`);
  };
  const space = () => {
    while (text[i] === ' ') i++;
  };
  const value = (): unknown => {
    space();
    const c = text[i];
    if (c === '[') {
      i++;
      const list: unknown[] = [];
      space();
      if (text[i] === ']') return (i++, list);
      for (;;) {
        list.push(value());
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return (i++, list);
        else fail('expected , or ]');
      }
    }
    if (c === '{') {
      i++;
      const map: Record<string, unknown> = {};
      space();
      if (text[i] === '}') return (i++, map);
      for (;;) {
        space();
        let key: string;
        if (text[i] === '`') {
          const end = text.indexOf('`', i + 1);
          key = text.slice(i + 1, end);
          i = end + 1;
        } else {
          const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i)) ?? fail('expected a key');
          key = m[0];
          i += key.length;
        }
        space();
        if (text[i++] !== ':') fail('expected :');
        map[key] = value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return (i++, map);
        else fail('expected , or }');
      }
    }
    if (c === "'") {
      i++;
      let s = '';
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', "'": "'", '\\': '\\' };
      while (text[i] !== "'") {
        if (i >= text.length) fail('unterminated string');
        if (text[i] === '\\') {
          s += escapes[text[i + 1]!] ?? fail('unknown escape');
          i += 2;
        } else s += text[i++];
      }
      i++;
      return s;
    }
    const word = /^(null|true|false|-?\d+(\.\d+)?(e[+-]?\d+)?)/i.exec(text.slice(i)) ?? fail('unexpected text');
    i += word[0].length;
    return word[0] === 'null' ? null : word[0] === 'true' ? true : word[0] === 'false' ? false : Number(word[0]);
  };
  const result = value();
  space();
  if (i !== text.length) fail('text after the literal');
  return result;
}
