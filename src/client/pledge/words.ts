/** Numbers as the page writes them ("1,234"), for the pledge, the counter and the feed. */
const numbers = new Intl.NumberFormat("en");
export const formatNumber = (n: number): string => numbers.format(n);
