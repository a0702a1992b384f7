/**
 * The regular nisba (relative adjective) of a country name: drop ال, then a final ـيا or ـا or ـة, and add ـي and ـية
 * (كينيا → كيني, كينية; السنغال → سنغالي, سنغالية). A name already ending in ي is its own masculine adjective
 * (هايتي → هايتي, هايتية). Names of several words and names ending in و have no regular nisba and get none: the
 * reviewed file lists their adjectives, as it does every irregular one (النمسا → نمساوي).
 */
export function nisbaByRule(name: string): string[] {
  const bare = name.startsWith('ال') ? name.slice(2) : name;
  if (/\s/u.test(bare) || bare.endsWith('و')) return [];
  if (bare.endsWith('ي')) return [bare, bare + 'ة'];
  const stem = bare.endsWith('يا') ? bare.slice(0, -2) : /[اة]$/u.test(bare) ? bare.slice(0, -1) : bare;
  return [stem + 'ي', stem + 'ية'];
}
