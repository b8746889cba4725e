// The first sentence of a finding message: what editors show next to the rule title. It ends at
// the first full stop followed by a space and a capital letter (or at the end of the message);
// full stops inside names, numbers and quoted values do not end it.
export function firstSentence(message: string): string {
  const m = /^[\s\S]*?[.!?](?=\s+[A-Z(`"])/.exec(message);
  return (m ? m[0] : message).trim();
}
