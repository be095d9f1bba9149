// Input schemas of the EDI team's administration procedures.
export {};
