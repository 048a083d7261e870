/**
 * A deliberately strict bencode reader for the tests. The bencode package is lenient (it accepts unsorted
 * keys and turns binary keys into hex), so this one checks canonical form: dictionary keys strictly
 * ascending by raw bytes, integers without leading zeros or "-0", and no trailing bytes. Keys and byte
 * strings come back as latin1 strings so binary values compare exactly.
 */
export type Strict = number | string | Strict[] | StrictDict;
export interface StrictDict {
  [key: string]: Strict;
}

export function strictDecode(buf: Uint8Array): Strict {
  const state = { pos: 0 };
  const value = next(buf, state);
  if (state.pos !== buf.length) throw new Error(`trailing bytes at ${state.pos}`);
  return value;
}

function next(buf: Uint8Array, st: { pos: number }): Strict {
  const c = buf[st.pos];
  if (c === undefined) throw new Error('unexpected end');
  if (c === 0x69) {
    const end = buf.indexOf(0x65, st.pos);
    if (end < 0) throw new Error('unterminated integer');
    const text = Buffer.from(buf.subarray(st.pos + 1, end)).toString('latin1');
    if (!/^(0|-?[1-9][0-9]*)$/.test(text)) throw new Error(`non-canonical integer "${text}"`);
    st.pos = end + 1;
    return Number(text);
  }
  if (c === 0x6c) {
    st.pos++;
    const list: Strict[] = [];
    while (buf[st.pos] !== 0x65) list.push(next(buf, st));
    st.pos++;
    return list;
  }
  if (c === 0x64) {
    st.pos++;
    const dict: StrictDict = {};
    let previous: string | null = null;
    while (buf[st.pos] !== 0x65) {
      const key = string(buf, st);
      if (previous !== null && !(previous < key)) throw new Error(`key "${key}" not after "${previous}"`);
      previous = key;
      dict[key] = next(buf, st);
    }
    st.pos++;
    return dict;
  }
  return string(buf, st);
}

function string(buf: Uint8Array, st: { pos: number }): string {
  const colon = buf.indexOf(0x3a, st.pos);
  if (colon < 0) throw new Error('missing ":"');
  const text = Buffer.from(buf.subarray(st.pos, colon)).toString('latin1');
  if (!/^(0|[1-9][0-9]*)$/.test(text)) throw new Error(`bad string length "${text}"`);
  const end = colon + 1 + Number(text);
  if (end > buf.length) throw new Error('string past end');
  st.pos = end;
  return Buffer.from(buf.subarray(colon + 1, end)).toString('latin1');
}
