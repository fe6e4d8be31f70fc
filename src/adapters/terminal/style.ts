/** ANSI colours when writing to a terminal, plain text otherwise (so output can be scripted). */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
}

const code = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export function createStyle(isColor: boolean): Style {
  if (!isColor) {
    const plain = (text: string) => text;
    return { bold: plain, dim: plain, green: plain, yellow: plain, red: plain, cyan: plain };
  }
  return {
    bold: code(1, 22),
    dim: code(2, 22),
    green: code(32, 39),
    yellow: code(33, 39),
    red: code(31, 39),
    cyan: code(36, 39),
  };
}
