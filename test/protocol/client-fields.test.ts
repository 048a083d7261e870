import { describe, expect, it } from 'vitest';
import { AGENT, AGENT_BYTES, AGENT_LENGTH, CLIENT_BYTES, copyClientInUse, KEY, KEY_LENGTH, writeAgent, writeKey } from '../../engine/protocol/client-fields.js';

/** The agent as PostgreSQL would store it (the block's bytes as UTF-8; they must be valid). */
function stored(agent: string): string {
  const block = Buffer.alloc(CLIENT_BYTES, 0xaa);
  writeAgent(block, 0, agent);
  const bytes = block.subarray(AGENT, AGENT + block[AGENT_LENGTH]!);
  expect(bytes.length).toBeLessThanOrEqual(AGENT_BYTES);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // throws on invalid UTF-8
  expect(text).not.toMatch(/[\u0000-\u001f\u007f]/);
  return text;
}

/** A header value as uWebSockets hands it over: one character per byte. */
const header = (bytes: number[] | Buffer) => Buffer.from(bytes).toString('latin1');

describe('client block', () => {
  it('keeps ASCII and UTF-8 agents as their characters, empty as length 0', () => {
    expect(stored('qBittorrent/4.6.2')).toBe('qBittorrent/4.6.2');
    expect(stored(header(Buffer.from('Tixati/3.19 é中 🙂', 'utf8')))).toBe('Tixati/3.19 é中 🙂');
    expect(stored('Tixati/3.19 é中')).toBe('Tixati/3.19 é中'); // a JavaScript string, not from a header
    expect(stored('')).toBe('');
  });

  it('turns controls and bytes that are not well-formed UTF-8 into ?, one per byte', () => {
    expect(stored('a\u0000b\tc\u007fd')).toBe('a?b?c?d');
    expect(stored(header([0x41, 0xff, 0xfe, 0x42]))).toBe('A??B');
    expect(stored(header([0x41, 0xc0, 0x80, 0x42]))).toBe('A??B'); // overlong NUL
    expect(stored(header([0x41, 0xed, 0xa0, 0x80, 0x42]))).toBe('A???B'); // UTF-16 surrogate
    expect(stored(header([0x41, 0xf4, 0x90, 0x80, 0x80]))).toBe('A????'); // past U+10FFFF
    expect(stored(header([0x41, 0xc3, 0x42]))).toBe('A?B');
  });

  it('cuts long agents at AGENT_BYTES without splitting a character', () => {
    expect(stored('x'.repeat(5000))).toBe('x'.repeat(AGENT_BYTES));
    expect(stored(header(Buffer.from('a'.repeat(AGENT_BYTES - 1) + 'é', 'utf8')))).toBe('a'.repeat(AGENT_BYTES - 1));
    expect(stored(header(Buffer.from('a'.repeat(AGENT_BYTES - 2) + '中', 'utf8')))).toBe('a'.repeat(AGENT_BYTES - 2));
    expect(stored('a'.repeat(AGENT_BYTES - 1) + '中')).toBe('a'.repeat(AGENT_BYTES - 1));
  });

  it('keeps key bytes with controls as ?', () => {
    const block = Buffer.alloc(CLIENT_BYTES);
    writeKey(block, 0, Uint8Array.of(0x31, 0x00, 0xe9, 0x0a), 4);
    expect([...block.subarray(KEY, KEY + block[KEY_LENGTH]!)]).toEqual([0x31, 0x3f, 0xe9, 0x3f]);
  });
});

describe('copyClientInUse', () => {
  it('carries the agent and key (lengths and bytes) into another block, whatever the target held', () => {
    const source = Buffer.alloc(CLIENT_BYTES);
    writeAgent(source, 0, 'qBittorrent/4.6.2');
    writeKey(source, 0, Buffer.from('1a2b3c4d', 'latin1'), 8);
    const target = Buffer.alloc(CLIENT_BYTES * 2, 0x7a);
    copyClientInUse(source, 0, target, CLIENT_BYTES);
    const at = CLIENT_BYTES;
    expect(target[at + AGENT_LENGTH]).toBe(17);
    expect(target.toString('utf8', at + AGENT, at + AGENT + 17)).toBe('qBittorrent/4.6.2');
    expect(target[at + KEY_LENGTH]).toBe(8);
    expect(target.toString('latin1', at + KEY, at + KEY + 8)).toBe('1a2b3c4d');
    expect(target.subarray(0, CLIENT_BYTES).every((b) => b === 0x7a)).toBe(true);
  });

  it('never writes past the block, even from a block with damaged lengths', () => {
    const source = Buffer.alloc(CLIENT_BYTES + 300, 0x41);
    source[AGENT_LENGTH] = 255;
    source[KEY_LENGTH] = 255;
    const target = Buffer.alloc(CLIENT_BYTES + 16, 0);
    copyClientInUse(source, 0, target, 0);
    expect(target.subarray(CLIENT_BYTES).every((b) => b === 0)).toBe(true);
  });
});
