/** Who adds values by group, for someone who cannot record this KPI's values themselves. */
export function whoAddsGroups(owner: { name: string } | null): string {
  return owner
    ? `${owner.name}, who owns this KPI, adds them by filling in the Group field when recording a value.`
    : 'This KPI has no owner yet. Once the EDI team names one, the owner adds them by filling in the Group field when recording a value.';
}

/** Who records this KPI's values, for someone who cannot. */
export function whoRecordsValues(owner: { name: string } | null): string {
  return owner
    ? `Only ${owner.name}, who owns this KPI, can record its values.`
    : 'This KPI has no owner yet, so nobody records its values here. The EDI team can name an owner, or import its values.';
}
