/**
 * Spanish, French and Portuguese news vocabulary → English, folded (no accents, lower case).
 *
 * Why a small closed lexicon and not machine translation or multilingual embeddings: story
 * matching rests on names, numbers and places, which need no translation; what a Spanish and an
 * English report of one event also share is a few hundred words of news vocabulary (verbs of
 * saying and acting, institutions, weapons, votes, courts, disasters). A list that size ships in a
 * few kilobytes, runs offline in the service worker, and is auditable. It is general news
 * vocabulary on purpose: no entry names a particular story. Singular forms only; canonicalTerm
 * drops plural endings before looking up.
 */
const PAIRS: Array<[string, string]> = [
  // countries and demonyms whose spelling differs
  ['irak iraque iraq', 'iraq'], ['iraki iraqui irakien iraquiano iraquien', 'iraqi'], ['irani iranien iraniano', 'iranian'],
  ['eeuu eua usa', 'us'], ['estadounidense americain americano norteamericano', 'american'], ['mexico mexique', 'mexico'],
  ['mexicano mexicain', 'mexican'], ['bolivia bolivie', 'bolivia'], ['boliviano bolivien', 'bolivian'], ['bagdad bagda', 'baghdad'],
  ['pentagono pentagone', 'pentagon'], ['siria syrie', 'syria'], ['rusia russie russia', 'russia'], ['ruso russe', 'russian'],
  ['china chine', 'china'], ['chino chinois', 'chinese'], ['ucrania ukraine', 'ukraine'], ['ucraniano ukrainien', 'ukrainian'],
  ['israeli israelien', 'israeli'], ['alemania allemagne alemanha', 'germany'], ['francia franca', 'france'], ['reino', 'kingdom'], ['unidos unis', 'united'],
  ['onu', 'un'], ['otan', 'nato'], ['oea', 'oas'], ['ue', 'eu'], ['teheran teera', 'tehran'], ['kurdo kurde', 'kurdish'],
  // people and offices
  ['presidente president', 'president'], ['vicepresidente', 'vice'], ['ministro ministre', 'minister'], ['canciller', 'foreign'],
  ['primer premier primeiro', 'prime'], ['secretario secretaire', 'secretary'], ['general', 'general'], ['comandante commandant', 'commander'],
  ['portavoz porte', 'spokesman'], ['legislador legislateur', 'lawmaker'], ['diputado depute deputado', 'lawmaker'],
  ['senador senateur', 'senator'], ['senado senat', 'senate'], ['juez juge', 'judge'], ['fiscal procureur', 'prosecutor'],
  ['soldado soldat', 'soldier'], ['militar militaire', 'military'], ['tropa troupe', 'troop'], ['ejercito armee exercito', 'army'],
  ['policia police', 'police'], ['milicia milice', 'militia'], ['manifestante manifestant', 'protester'], ['opositor opposant', 'opposition'],
  ['oposicion', 'opposition'], ['lider dirigente chef', 'leader'], ['embajador ambassadeur embaixador', 'ambassador'],
  ['periodista journaliste jornalista', 'journalist'], ['ciudadano citoyen cidadao', 'citizen'], ['vocero', 'spokesman'],
  // institutions
  ['gobierno gouvernement governo', 'government'], ['parlamento parlement', 'parliament'], ['congreso congres', 'congress'],
  ['tribunal corte cour', 'court'], ['embajada ambassade embaixada', 'embassy'], ['ministerio ministere', 'ministry'],
  ['defensa defense defesa', 'defense'], ['fuerza force forca', 'force'], ['coalicion coalizao', 'coalition'], ['aeropuerto aeroport aeroporto', 'airport'],
  ['base', 'base'], ['partido parti', 'party'], ['estado etat', 'state'], ['casa maison', 'house'], ['blanca blanche branca', 'white'],
  ['consulado consulat', 'consulate'], ['agencia agence', 'agency'], ['televisión television televisao', 'television'],
  // events and actions
  ['ataque attaque', 'attack'], ['atentado attentat', 'attack'], ['bombardeo bombardement bombardeio', 'strike'], ['frappe', 'strike'],
  ['misil missile missil', 'missile'], ['cohete roquette foguete', 'rocket'], ['dron drone', 'drone'], ['avion aviao', 'plane'],
  ['aeronave', 'aircraft'], ['vuelo vol voo', 'flight'], ['muerte mort morte', 'death'], ['asesinato assassinat assassinato', 'killing'],
  ['matar tuer', 'kill'], ['muerto mort morto', 'dead'], ['herido blesse ferido', 'wounded'], ['victima victime vitima', 'victim'],
  ['venganza vengeance vinganca', 'revenge'], ['represalia represaille', 'retaliation'], ['guerra guerre', 'war'], ['paz paix', 'peace'],
  ['retirada retrait', 'withdrawal'], ['retiro', 'withdrawal'], ['retirar retirer', 'withdraw'], ['expulsion expulsao', 'expulsion'],
  ['expulsar expulser', 'expel'], ['resolucion resolucao', 'resolution'], ['votacion voto vote', 'vote'], ['votar voter', 'vote'],
  ['eleccion election eleicao', 'election'], ['comicio', 'election'], ['fraude', 'fraud'], ['auditoria audit', 'audit'],
  ['renuncia demission', 'resignation'], ['renunciar demissionner', 'resign'], ['dimision', 'resignation'], ['dimitir', 'resign'],
  ['golpe coup', 'coup'], ['protesta protestation', 'protest'], ['manifestacion manifestation', 'protest'], ['asilo asile', 'asylum'],
  ['exilio exil', 'exile'], ['refugiado refugie', 'refugee'], ['llegada arrivee chegada', 'arrival'], ['llegar arriver chegar', 'arrive'],
  ['acuerdo accord acordo', 'agreement'], ['tratado traite', 'treaty'], ['sancion sanction sancao', 'sanction'], ['amenaza menace ameaca', 'threat'],
  ['carta lettre', 'letter'], ['borrador brouillon rascunho', 'draft'], ['decision decisao', 'decision'], ['error erreur erro', 'mistake'],
  ['declaracion declaration declaracao', 'statement'], ['comunicado communique', 'statement'], ['entrevista entretien', 'interview'],
  ['investigacion enquete investigacao', 'investigation'], ['juicio proces julgamento', 'trial'], ['detencion arrestation detencao', 'arrest'],
  ['detenido arrete detido', 'arrested'], ['acusacion accusation acusacao', 'charge'], ['condena condamnation condenacao', 'sentence'],
  ['terremoto seisme sismo', 'earthquake'], ['incendio incendie', 'fire'], ['inundacion inondation inundacao', 'flood'],
  ['huracan ouragan furacao', 'hurricane'], ['accidente accident acidente', 'crash'], ['explosion explosao', 'explosion'],
  ['tiroteo fusillade tiroteio', 'shooting'], ['epidemia epidemie', 'epidemic'], ['pandemia pandemie', 'pandemic'], ['vacuna vaccin vacina', 'vaccine'],
  ['virus', 'virus'], ['hospital hopital', 'hospital'], ['economia economie', 'economy'], ['impuesto impot imposto', 'tax'],
  ['precio prix preco', 'price'], ['petroleo petrole', 'oil'], ['mercado marche', 'market'], ['banco banque', 'bank'],
  ['espacio espace espaco', 'space'], ['aereo aerien', 'air'], ['frontera frontiere fronteira', 'border'], ['capital capitale', 'capital'],
  ['ciudad ville cidade', 'city'], ['pais pays', 'country'], ['region', 'region'], ['provincia province', 'province'],
  ['mundo monde', 'world'], ['pueblo peuple povo', 'people'], ['vida vie', 'life'], ['seguridad securite seguranca', 'security'],
  ['soberania souverainete', 'sovereignty'], ['extranjero etranger estrangeiro', 'foreign'], ['extranjera', 'foreign'],
  ['presencia presence presenca', 'presence'], ['personal personnel', 'personnel'], ['lanzar lancer lancar', 'launch'],
  ['balistico balistique', 'ballistic'], ['funeral funerailles', 'funeral'], ['venganzas', 'revenge'], ['humanitario humanitaire', 'humanitarian'],
  ['politico politique', 'political'], ['derecho droit direito', 'right'], ['ley loi lei', 'law'], ['nuevo nouveau novo', 'new'],
  ['semana semaine', 'week'], ['lunes lundi segunda', 'monday'], ['martes mardi terca', 'tuesday'], ['miercoles mercredi quarta', 'wednesday'],
  ['jueves jeudi quinta', 'thursday'], ['viernes vendredi sexta', 'friday'], ['sabado samedi', 'saturday'], ['domingo dimanche', 'sunday'],
  ['enero janvier janeiro', 'january'], ['febrero fevrier fevereiro', 'february'], ['marzo mars marco', 'march'], ['abril avril', 'april'],
  ['mayo mai maio', 'may'], ['junio juin junho', 'june'], ['julio juillet julho', 'july'], ['agosto aout', 'august'],
  ['septiembre septembre setembro', 'september'], ['octubre octobre outubro', 'october'], ['noviembre novembre novembro', 'november'],
  ['diciembre decembre dezembro', 'december'],
];

export const LEXICON: Record<string, string> = Object.create(null);
for (const [sources, english] of PAIRS) for (const word of sources.split(' ')) LEXICON[word] = english;
