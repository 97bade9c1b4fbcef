/** Types for the parts of the `text-readability` package (a port of Python's textstat) that the project uses. */
declare module "text-readability" {
  interface Readability {
    /** Flesch-Kincaid grade level: the US school grade a reader needs. */
    fleschKincaidGrade(text: string): number;
    /** Flesch reading ease: 0-100, higher is easier; 60-70 is plain English. */
    fleschReadingEase(text: string): number;
    /** Number of words, punctuation removed. */
    lexiconCount(text: string, removePunctuation?: boolean): number;
    /** Number of sentences (very short ones are ignored). */
    sentenceCount(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
