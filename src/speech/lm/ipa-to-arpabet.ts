/** espeak-ng's IPA (`--ipa=3`, American voice) as the CMU phones pocketsphinx's English model knows. Pure. */

const PHONES: Record<string, string> = {
  aɪ: 'AY',
  aʊ: 'AW',
  eɪ: 'EY',
  oʊ: 'OW',
  əʊ: 'OW',
  ɔɪ: 'OY',
  tʃ: 'CH',
  dʒ: 'JH',
  ɪə: 'IH R',
  eə: 'EH R',
  ʊə: 'UH R',
  ɑː: 'AA',
  iː: 'IY',
  uː: 'UW',
  ɜː: 'ER',
  ɔː: 'AO',
  ɑ: 'AA',
  æ: 'AE',
  ʌ: 'AH',
  ə: 'AH',
  ɐ: 'AH',
  ɔ: 'AO',
  ɛ: 'EH',
  ɜ: 'ER',
  ɚ: 'ER',
  ɝ: 'ER',
  ɪ: 'IH',
  ᵻ: 'IH',
  i: 'IY',
  ʊ: 'UH',
  u: 'UW',
  a: 'AE',
  ɒ: 'AA',
  o: 'OW',
  e: 'EH',
  b: 'B',
  d: 'D',
  ð: 'DH',
  f: 'F',
  ɡ: 'G',
  g: 'G',
  h: 'HH',
  k: 'K',
  l: 'L',
  ɫ: 'L',
  m: 'M',
  n: 'N',
  ŋ: 'NG',
  p: 'P',
  ɹ: 'R',
  r: 'R',
  s: 'S',
  ʃ: 'SH',
  t: 'T',
  θ: 'TH',
  v: 'V',
  w: 'W',
  ʍ: 'W',
  j: 'Y',
  z: 'Z',
  ʒ: 'ZH',
  ɾ: 'T',
  ʔ: 'T',
  x: 'K',
  ç: 'HH',
};
const LONGEST = Math.max(...Object.keys(PHONES).map((k) => k.length));
// Stress, syllable and length-free joiners carry nothing the acoustic model distinguishes.
const IGNORED = /[ˈˌ.\u200d\u0329\u032f\u0361\s-]/gu;

/** "d‍ʒˈʌpa‍ɪɾɚ" → "JH AH P AY T ER"; an empty string when nothing in it is a known phone. */
export function ipaToArpabet(ipa: string): string {
  const text = ipa.replace(IGNORED, '');
  const phones: string[] = [];
  for (let i = 0; i < text.length;) {
    const size = [...Array(LONGEST).keys()]
      .map((k) => LONGEST - k)
      .find((n) => PHONES[text.slice(i, i + n)] !== undefined);
    if (size === undefined) {
      i += 1;
      continue;
    }
    const phone = PHONES[text.slice(i, i + size)]!;
    if (phone !== phones[phones.length - 1]) phones.push(phone);
    i += size;
  }
  return phones.join(' ');
}

const LETTERS: Record<string, string> = {
  a: 'EY',
  b: 'B IY',
  c: 'S IY',
  d: 'D IY',
  e: 'IY',
  f: 'EH F',
  g: 'JH IY',
  h: 'EY CH',
  i: 'AY',
  j: 'JH EY',
  k: 'K EY',
  l: 'EH L',
  m: 'EH M',
  n: 'EH N',
  o: 'OW',
  p: 'P IY',
  q: 'K Y UW',
  r: 'AA R',
  s: 'EH S',
  t: 'T IY',
  u: 'Y UW',
  v: 'V IY',
  w: 'D AH B AH L Y UW',
  x: 'EH K S',
  y: 'W AY',
  z: 'Z IY',
};

/** An acronym said letter by letter ("ssh" → "EH S EH S EY CH"), or null for anything but letters. */
export function spellLetters(word: string): string | null {
  if (!/^[a-z]+$/.test(word)) return null;
  return [...word].map((c) => LETTERS[c]).join(' ');
}
