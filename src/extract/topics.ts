/** Words that carry no topic (or, before a group noun, no name). */
export const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as into onto over under about after before between during than that this these those
  it its it’s their his her our your my we you they he she i me him them us is are was were be been being has have had do does did will
  would could should may might must can not no nor so such very much more most less least only also just even still yet any all some each
  every other another what which who whom whose when where why how there here then now up down out off again further once same own too
  idea ideas said says say told warned declared added going get got make made take taken give given way ways one two three new old
  while whilst though although because since unless until among amid against i’m we’re it’s don’t can’t won’t there’s that’s he’s she’s they’re i’ve we’ve let’s`.split(/\s+/),
);
