import { STOPWORDS, compareTokens } from './normalize.ts';

/**
 * Cross-lingual canon: Spanish, French and Portuguese news words → the English form, so that a
 * Spanish article and an English story share terms. Names, numbers and places carry across
 * languages by themselves; this list covers the spellings and common news vocabulary that do not.
 */
const CANON: Record<string, string> = {
  // places and actors
  irak: 'iraq', iraque: 'iraq', iraki: 'iraqi', iraqui: 'iraqi', irakien: 'iraqi', iraquiano: 'iraqi',
  irani: 'iranian', irania: 'iranian', iranien: 'iranian', iraniano: 'iranian',
  eeuu: 'us', eua: 'us', usa: 'us', estadounidense: 'american', estadounidenses: 'american', americain: 'american',
  bagdad: 'baghdad', bagda: 'baghdad', pentagono: 'pentagon', pentagone: 'pentagon', washigton: 'washington',
  soleimani: 'soleimani', suleimani: 'soleimani', solimani: 'soleimani',
  // news vocabulary
  retirada: 'withdrawal', retiro: 'withdrawal', retrait: 'withdrawal', retirar: 'withdraw', retirer: 'withdraw',
  tropas: 'troops', troupes: 'troops', soldados: 'troops', carta: 'letter', lettre: 'letter',
  borrador: 'draft', brouillon: 'draft', rascunho: 'draft', decision: 'decision', decisao: 'decision',
  abandonar: 'leave', quitter: 'leave', deixar: 'leave', salir: 'leave', militar: 'military', militares: 'military',
  militaire: 'military', ejercito: 'army', armee: 'army', exercito: 'army', parlamento: 'parliament', parlement: 'parliament',
  gobierno: 'government', gouvernement: 'government', governo: 'government', error: 'mistake', erreur: 'mistake',
  erro: 'mistake', equivocacion: 'mistake', secretario: 'secretary', secretaire: 'secretary', defensa: 'defense',
  defesa: 'defense', general: 'general', coalicion: 'coalition', coalition: 'coalition', coalizao: 'coalition',
  fuerzas: 'forces', forces: 'forces', forcas: 'forces', ataque: 'attack', attaque: 'attack', misiles: 'missiles',
  missiles: 'missiles', misseis: 'missiles', bombardeo: 'strike', frappe: 'strike', asesinato: 'killing',
  muerte: 'killing', mort: 'killing', morte: 'killing', elecciones: 'election', elections: 'election', eleicoes: 'election',
  presidente: 'president', president: 'president', ministro: 'minister', ministre: 'minister',
};

export function canonicalTerm(token: string): string {
  return CANON[token] ?? token;
}

/**
 * The salient terms of a text for story matching: canonical content words and numbers, most
 * frequent first, names (capitalised in the text) counted double since they carry across
 * languages and outlets best.
 */
export function salientTerms(text: string, limit = 40): string[] {
  const counts = new Map<string, number>();
  const capitalised = new Set((text.match(/(?<![.!?]\s)\b\p{Lu}[\p{L}]{2,}/gu) ?? []).map((w) => compareTokens(w)[0]));
  for (const raw of compareTokens(text)) {
    if (STOPWORDS.has(raw) || raw.length < 3 || /^\d{1,2}$/.test(raw)) continue;
    const term = canonicalTerm(raw);
    counts.set(term, (counts.get(term) ?? 0) + (capitalised.has(raw) ? 2 : 1));
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t]) => t);
}
