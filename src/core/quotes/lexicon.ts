/**
 * Words that introduce speech and words that name roles, in the languages Backstory reads.
 * Folded (lower case, no accents) so that matching is accent-insensitive.
 */

/** Attribution verbs. Multi-word forms ("a declare") are matched as phrases. */
export const SPEECH_VERBS = [
  // en
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'asked', 'replied', 'explained',
  'noted', 'wrote', 'writes', 'insisted', 'stressed', 'warned', 'declared', 'argued', 'continued', 'acknowledged',
  'admitted', 'recalled', 'remarked', 'commented', 'announced', 'tweeted', 'posted', 'complained', 'claimed',
  'concluded', 'responded', 'emphasised', 'emphasized', 'observed', 'maintained', 'conceded', 'suggested', 'urged',
  // es
  'dijo', 'dice', 'afirmo', 'afirma', 'senalo', 'senala', 'declaro', 'declara', 'aseguro', 'asegura', 'agrego',
  'agrega', 'anadio', 'anade', 'indico', 'indica', 'explico', 'explica', 'manifesto', 'sostuvo', 'subrayo',
  'insistio', 'advirtio', 'expreso', 'preciso', 'comento', 'respondio', 'apunto', 'destaco', 'recalco', 'enfatizo',
  'admitio', 'reconocio', 'escribio', 'anuncio',
  // fr
  'a declare', 'a dit', 'a affirme', 'a ajoute', 'a explique', 'a souligne', 'a indique', 'a assure', 'a estime',
  'a precise', 'a insiste', 'a averti', 'a reconnu', 'a ecrit', 'a annonce', 'declare', 'dit', 'affirme', 'ajoute',
  'explique', 'souligne', 'indique', 'assure', 'estime', 'precise', 'insiste', 'a-t-il declare', 'a-t-elle declare',
  'a-t-il dit', 'a-t-elle dit', 'a-t-il ajoute', 'a-t-elle ajoute', 'a-t-il affirme', 'a-t-elle affirme',
  'a-t-il souligne', 'a-t-elle souligne', 'a-t-il explique', 'a-t-elle explique', 'ajoute-t-il', 'ajoute-t-elle',
  'poursuit-il', 'poursuit-elle', 'a-t-il', 'a-t-elle',
  // pt
  'disse', 'diz', 'afirmou', 'declarou', 'acrescentou', 'explicou', 'destacou', 'ressaltou', 'informou',
  'garantiu', 'assegurou', 'sublinhou', 'salientou', 'comentou', 'respondeu', 'admitiu', 'escreveu', 'anunciou',
  'acrescentou', 'lamentou', 'contou', 'alertou', 'defendeu', 'reconheceu', 'frisou', 'ponderou', 'avaliou',
  // more en/es/fr seen in the development set
  'shouts', 'shouted', 'ordered', 'assures', 'assured', 'recalls', 'describes', 'testified', 'pointed out',
  'reiterated', 'cautioned', 'predicted', 'agreed', 'countered', 'confirmed', 'denied', 'chimed in', 'wondered',
  'a promis', 'a demande', 'a repondu', 'a confie', 'a lance', 'a rappele', 'a martele', 'a reconnu', 'a-t-elle ajoute',
  'confie', 'poursuit', 'affirme-t-il', 'affirme-t-elle', 'dit-il', 'dit-elle', 'precise-t-il', 'precise-t-elle',
  'reconocio', 'lamento', 'prometio', 'pidio', 'aclaro', 'reitero', 'concluyo', 'confeso', 'relato', 'conto',
];

/** "according to X", "según X", "selon X", "segundo X": the speaker follows. */
export const ACCORDING_TO = ['according to', 'segun', 'selon', 'segundo', 'de acuerdo con', 'conforme'];

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'el', 'ella', 'ellos', 'il', 'elle', 'ils', 'elles', 'ele', 'ela', 'eles']);

/**
 * Verbs that introduce speech in the narrator's sentence before a quote but are not used in the
 * "…," X said position: participles and reporting verbs ("saying “…”", "called it “…”",
 * "a qualifié de « … »").
 */
export const LEAD_IN_VERBS = [
  'saying', 'adding', 'warning', 'noting', 'telling', 'calling', 'called', 'describing', 'described', 'urged',
  'accused', 'denounced', 'pleaded', 'demanded', 'recalled that', 'told', 'asked', 'wrote', 'tweeted',
  'diciendo', 'califico', 'calificó', 'denuncio', 'pidio', 'qualifie', 'a qualifie', 'a denonce', 'dizendo',
  'classificou', 'chamou', 'pediu', 'alertou', 'afirmando', 'asegurando', 'affirmant', 'declarant',
];

/** Role phrases → a role key; a person introduced with any phrase of a key holds that role. */
export const ROLES: Record<string, string[]> = {
  'defense-minister': [
    'defense secretary', 'defence secretary', 'secretary of defense', 'secretary of defence', 'pentagon chief',
    'defense chief', 'defence chief', 'defense minister', 'defence minister', 'pentagon head', 'head of the pentagon',
    'ministro de defensa', 'secretario de defensa', 'jefe del pentagono', 'ministre de la defense',
    'secretaire a la defense', 'chef du pentagone', 'ministro da defesa', 'secretario de defesa', 'chefe do pentagono',
  ],
  'joint-chiefs-chair': [
    'chairman of the joint chiefs', 'joint chiefs chairman', 'top u s general', 'top us general', 'top general',
    'jefe del estado mayor conjunto', 'chef d etat major', 'chefe do estado maior conjunto',
  ],
  'prime-minister': [
    'prime minister', 'premier', 'primer ministro', 'premier ministre', 'primeiro ministro', 'head of government',
    'chef du gouvernement', 'jefe del gobierno', 'chefe do governo', 'presidente del gobierno',
  ],
  president: ['president', 'presidente', 'president de la republique', 'head of state', 'jefe de estado', 'chef de l etat'],
  'foreign-minister': [
    'secretary of state', 'foreign minister', 'foreign secretary', 'top diplomat', 'canciller',
    'ministro de relaciones exteriores', 'ministro de asuntos exteriores', 'ministre des affaires etrangeres',
    'chef de la diplomatie', 'chanceler', 'ministro das relacoes exteriores',
  ],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'portavoz', 'vocero', 'vocera', 'porte parole', 'porta voz'],
  'central-command-chief': ['central command commander', 'centcom commander', 'head of central command'],
};

/** Words that precede a name as titles, nationalities or ranks; stripped to get the person. */
export const TITLE_WORDS = new Set(
  (
    'the a an us u s uk american iraqi iranian israeli russian chinese cuban british french german saudi syrian ' +
    'turkish kurdish spanish mexican venezuelan qatari ukrainian palestinian lebanese egyptian indian pakistani ' +
    'army marine marines corps navy air force general gen brigadier brig maj major lt lieutenant col colonel ' +
    'admiral adm captain capt sergeant sgt commander commanding chief chairman secretary minister prime president ' +
    'vice deputy senator sen rep representative congressman congresswoman governor gov mayor dr mr mrs ms sir lord ' +
    'king queen prince princess pope ayatollah sheikh spokesman spokeswoman defense defence state foreign interior ' +
    'attorney justice supreme leader caretaker former acting top central command pentagon white house ' +
    'ministro ministra presidente secretario secretaria general jefe canciller portavoz el la los las del de ' +
    'ministre premier president secretaire porte parole ministro presidente ' +
    // corporate and civil-service titles that precede names in appositions ("CEO Andy Vesey")
    'ceo cfo coo director executive senior managing officer administrator commissioner coach judge ' +
    'delegado delegada juez jueza doctor dra entrenador tecnico alcalde alcaldesa diputado diputada senador ' +
    'maire depute senateur juge general-major prefeito deputado governador superintendent public prosecution ' +
    'prosecutor m mme mlle monsieur madame senor senora sr sra dona dom britain china france russia israel japan ' +
    'germany spain italy canada mexico brazil india iran iraq ukraine nasa fbi cia'
  ).split(/\s+/),
);

/** Words that make a capitalised run an organisation or place rather than a person. */
export const NOT_PERSON = new Set(
  (
    'united states nations kingdom union ministry department command council house force forces corps office ' +
    'agency party parliament congress senate government news press times post reuters associated university ' +
    'republic iraq iran washington baghdad pentagon monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december isil isis nato ' +
    'task coalition staff joint chiefs gulf east middle north south west city county ' +
    // institutions and places in es/fr/pt that look like names in title case
    'consejo ministerio ministros ministere ministerio transicion fuentes boletin oficial estado gobierno ' +
    'gouvernement governo palacio camara senado assembleia asamblea banco central tribunal supremo corte ' +
    'creek street avenue center centre institute school hospital bureau association foundation club bank ' +
    'company inc corp society committee federation board service services group league authority administration ' +
    'museum court council tribunal police airport station project network'
  ).split(/\s+/),
);
