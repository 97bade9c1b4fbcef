/**
 * Turns an MDX body into the plain prose a reader reads: no imports or exports, no JSX/HTML
 * tags, no link addresses, no code, no images. Headings, list items and table cells become
 * sentences of their own (a full stop is added) so readability scores do not merge them into
 * one long sentence.
 */

const endsSentence = (line: string): boolean => /[.!?:;]["'”’)\]]*$/.test(line);
const asSentence = (line: string): string => (line === "" || endsSentence(line) ? line : `${line}.`);

/** Every Markdown link `[text](/url)` and `href="/url"` in an MDX body, with the link text. */
export const markdownLinks = (body: string): { text: string; url: string }[] => {
  const links: { text: string; url: string }[] = [];
  const withoutCode = stripCode(body);
  for (const match of withoutCode.matchAll(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    if (match[1] === "!") continue;
    links.push({ text: match[2] ?? "", url: match[3] ?? "" });
  }
  for (const match of withoutCode.matchAll(/\bhref=(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\})/g)) {
    links.push({ text: "", url: match[1] ?? match[2] ?? match[3] ?? "" });
  }
  return links;
};

/** Every Markdown image `![alt](src)` and `<img>` in an MDX body. */
export const markdownImages = (body: string): { alt: string | undefined; src: string }[] => {
  const images: { alt: string | undefined; src: string }[] = [];
  const withoutCode = stripCode(body);
  for (const match of withoutCode.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    images.push({ alt: match[1], src: match[2] ?? "" });
  }
  for (const match of withoutCode.matchAll(/<img\b([^>]*)>/gi)) {
    const attrs = match[1] ?? "";
    const alt = /\balt=(?:"([^"]*)"|'([^']*)')/.exec(attrs);
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)')/.exec(attrs);
    images.push({ alt: alt ? (alt[1] ?? alt[2]) : undefined, src: src ? (src[1] ?? src[2] ?? "") : "" });
  }
  return images;
};

/** Removes fenced code blocks, inline code and comments (none of them is rendered as prose). */
export const stripCode = (body: string): string =>
  body
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?\n\1\2[^\n]*$/gm, "")
    .replace(/`[^`\n]*`/g, "");

/** The readable prose of an MDX body. */
export const mdxToProse = (body: string): string => {
  let text = stripCode(body.replace(/\r\n?/g, "\n"));
  // ESM: import/export statements (possibly spanning lines).
  text = text.replace(/^import\s[\s\S]*?from\s*["'][^"']+["'];?[ \t]*$/gm, "");
  text = text.replace(/^import\s*["'][^"']+["'];?[ \t]*$/gm, "");
  text = text.replace(/^export\s+(?:const|let|function|default)[\s\S]*?(?:;[ \t]*$|\n\n)/gm, "");
  // Comments: HTML and MDX.
  text = text.replace(/<!--[\s\S]*?-->/g, "").replace(/\{\/\*[\s\S]*?\*\/\}/g, "");
  // Images, then links (keep their text), reference definitions, autolinks and bare addresses.
  text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, "");
  text = text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1");
  text = text.replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, "");
  text = text.replace(/<(?:https?:|mailto:|tel:)[^>]*>/g, "").replace(/\bhttps?:\/\/\S+/g, "");
  // JSX/HTML tags (keep what is between an opening and a closing tag), then JSX expressions.
  text = text.replace(/<\/?[A-Za-z][\w.:-]*(?:\s+(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)?\/?>/g, " ");
  text = text.replace(/\{[^{}]*\}/g, "");
  const lines: string[] = [];
  for (const rawLine of text.split("\n")) {
    let line = rawLine.trim();
    if (/^(?:[-*_]\s*){3,}$/.test(line)) continue; // thematic break
    if (/^\|?\s*:?-{3,}/.test(line)) continue; // table separator row
    let isBlock = false;
    line = line.replace(/^(?:>\s*)+/, "");
    if (/^#{1,6}\s/.test(line)) {
      line = line.replace(/^#{1,6}\s+/, "").replace(/\s+#+$/, "");
      isBlock = true;
    }
    if (/^(?:[-*+]|\d+[.)])\s+/.test(line)) {
      line = line.replace(/^(?:[-*+]|\d+[.)])\s+/, "").replace(/^\[[ xX]\]\s+/, "");
      isBlock = true;
    }
    if (line.startsWith("|")) {
      line = line
        .split("|")
        .map((cell) => asSentence(cell.trim()))
        .filter((cell) => cell !== "")
        .join(" ");
    }
    line = line.replace(/(\*\*|__)(.+?)\1/g, "$2").replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2");
    line = line.replace(/\s+/g, " ").trim();
    lines.push(isBlock ? asSentence(line) : line);
  }
  // Paragraphs: blank lines separate them; a paragraph without final punctuation still ends.
  const paragraphs = lines
    .join("\n")
    .split(/\n{2,}/)
    .map((paragraph) => asSentence(paragraph.replace(/\n/g, " ").trim()))
    .filter((paragraph) => paragraph !== "");
  return paragraphs.join("\n\n");
};

/** Counts words the same way people do: runs of letters or digits, apostrophes included. */
export const countWords = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
