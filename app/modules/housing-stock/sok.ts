/** Rules for address search, shared by the module (which enforces them) and the page (which explains them). */
export const MINSTE_SOKELENGDE = 2;
export const MAKS_TREFF = 50;
