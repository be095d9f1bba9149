const RULE_SET =
  /^mdc-v(?<version>[\d.]+) limits=2\.66mr shift=(?<shift>\d+) trend=(?<trend>\d+) two-of-three=2sigma min=(?<min>\d+) screen=(?<screen>on|off) conflict=(?<conflict>improvement|concern)$/;

/**
 * The SPC rule set in words for board readers, one fact a sentence; an unknown rule set is shown
 * as written, since its rules cannot be worded here.
 */
export function describeRuleSet(ruleSet: string): string[] {
  const g = RULE_SET.exec(ruleSet)?.groups;
  if (!g) return [`Rule set: ${ruleSet}`];
  return [
    `Rules: NHS England Making Data Count, version ${g.version ?? ''}.`,
    'Limits: mean ± 2.66 × average moving range.',
    `A shift is ${g.shift ?? ''} points in a row on one side of the mean.`,
    `A trend is ${g.trend ?? ''} points in a row all going up or all going down.`,
    'Two of three points in a row beyond two sigma on the same side of the mean are also a signal.',
    `Process limits and icons need at least ${g.min ?? ''} points.`,
    g.screen === 'on'
      ? 'Unusually large moving ranges (over 3.267 × their average) are left out before the limits are set.'
      : 'Unusually large moving ranges are not left out of the limits.',
    `A point that breaks rules on both sides of the mean is shown as ${g.conflict === 'concern' ? 'concern' : 'improvement'}.`,
  ];
}
