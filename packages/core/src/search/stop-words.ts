/**
 * English function words and the filler people put around a task ("please", "can you", "I want to").
 * They are dropped from queries and tool documents alike. Words that carry intent (`not`, `all`,
 * `new`, `my`) are deliberately absent: the concept table gives them meaning.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against also am an and any anyone are aren as at be because been before being
  below between both but by can cannot could did do does doing don done down during each either else etc
  ever few for from further had has have having he her here hers herself him himself his how however if in
  into is isn it its itself just let like ll may maybe might more most much must mustn need needs nor now
  of off on once one only or other ought our ours ourselves out over own please really same shall she
  should so some someone something such than that the their theirs them themselves then there these they
  this those through thus to too under until up upon us ve very via was wasn we were what whatever when
  where whether which while who whom whose why will with within without would yet you your yours yourself
  yourselves me my mine myself hey hi hello thanks thank kindly want wanted wants able go going gonna let lets
  currently actually right just okay ok sure whats whos hows wheres thats theres im ive id dont doesnt
  isnt arent cant wont didnt`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
