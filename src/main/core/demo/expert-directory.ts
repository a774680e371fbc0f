import type { DemoWriter } from './demo-writer';

/** An expert of the demo directory, as the consultations and opinions name it. */
export type DemoExpert = { id: string };

/** The eight experts of the demo directory, by surname. */
export type DemoExpertDirectory = Record<
  | 'radic'
  | 'lazic'
  | 'stojanovska'
  | 'dushku'
  | 'vukovic'
  | 'hadziselimovic'
  | 'ferrante'
  | 'hartmann',
  DemoExpert
>;

/**
 * The unit's directory of experts (issue #7): eight experts in seven countries, numismatists,
 * archaeologists, an art historian, a manuscript specialist and a dating laboratory, written in
 * this order through the directory service.
 */
export function demoExpertDirectory(w: DemoWriter): DemoExpertDirectory {
  const radic = w.expert({
    name: 'Vesna Radić',
    title: 'Dr',
    institution: 'National Museum in Belgrade, Numismatic Cabinet',
    country: 'RS',
    languages: ['sr', 'en', 'de'],
    fields: ['numismatics', 'valuation'],
    courtRegistration: 'Higher Court in Belgrade, court expert no. 721-03/2019',
    email: 'v.radic@narodnimuzej.example',
    phone: '+381 11 3306 048',
    address: 'Trg Republike 1a, 11000 Beograd',
    availability: 'Examinations at the museum on Tuesdays and Thursdays; two weeks for a report.',
    notes: 'Roman coinage of the Danube provinces; finds from Viminacium and the Drina valley.',
  });
  const lazic = w.expert({
    name: 'Bojana Lazić',
    title: 'Dr',
    institution: 'Faculty of Philosophy, University of Belgrade (Department of Archaeology)',
    country: 'RS',
    languages: ['sr', 'en', 'it'],
    fields: ['classical-archaeology', 'sculpture', 'valuation'],
    accreditation: 'Associate professor of classical archaeology',
    courtRegistration: 'Higher Court in Belgrade, court expert no. 721-11/2021',
    email: 'b.lazic@f.bg.example',
    availability: 'Not available in July and August (excavation season).',
  });
  const stojanovska = w.expert({
    name: 'Јована Стојановска',
    title: 'м-р',
    institution: 'НУ Завод и музеј Охрид',
    country: 'MK',
    languages: ['mk', 'sr', 'en'],
    fields: ['icons-church-art', 'paintings', 'conservation'],
    email: 'j.stojanovska@muzejohrid.example',
    notes:
      'Icons of the Ohrid school, 14th–17th century; examined the icon of case ITCG-2025-0044.',
  });
  const dushku = w.expert({
    name: 'Elira Dushku',
    title: 'Dr',
    institution: 'Instituti i Arkeologjisë, Tiranë',
    country: 'AL',
    languages: ['sq', 'en', 'it'],
    fields: ['classical-archaeology', 'arms-armour'],
    email: 'e.dushku@iaa.example',
    availability: 'Requests through the Albanian State Police, Directorate for Cultural Heritage.',
    notes: 'Illyrian helmets and weapons; keeps a register of helmets from the Mat and Devoll.',
  });
  const vukovic = w.expert({
    name: 'Tomislav Vuković',
    title: 'dr. sc.',
    institution: 'Arheološki muzej u Zagrebu, Numizmatički odjel',
    country: 'HR',
    languages: ['hr', 'en', 'de'],
    fields: ['numismatics'],
    email: 't.vukovic@amz.example',
    notes: 'Second opinions on Roman silver for the regional units.',
  });
  const hadziselimovic = w.expert({
    name: 'Amra Hadžiselimović',
    title: 'Dr',
    institution: 'Zemaljski muzej Bosne i Hercegovine, Sarajevo',
    country: 'BA',
    languages: ['bs', 'en', 'de'],
    fields: ['manuscripts-archives', 'medieval-archaeology'],
    email: 'a.hadziselimovic@zemaljskimuzej.example',
    notes: 'Church Slavonic and Bosnian Cyrillic manuscripts; codicology.',
  });
  const ferrante = w.expert({
    name: 'Luca Ferrante',
    title: 'Prof.',
    institution: 'Università degli Studi di Bari, Dipartimento di Studi Umanistici',
    country: 'IT',
    languages: ['it', 'en'],
    fields: ['classical-archaeology', 'ceramics', 'valuation'],
    accreditation: 'Consultant of the Carabinieri TPC (Bari unit) for Apulian pottery',
    email: 'luca.ferrante@uniba.example',
    notes: 'South Italian red-figure vase painting.',
  });
  const hartmann = w.expert({
    name: 'Jonas Hartmann',
    title: 'Dr. rer. nat.',
    institution: 'Labor für Lumineszenzdatierung, Mannheim',
    country: 'DE',
    languages: ['de', 'en'],
    fields: ['dating-laboratory', 'ceramics'],
    accreditation: 'Laboratory accredited for TL and OSL dating (DIN EN ISO/IEC 17025)',
    email: 'labor@lumineszenz-mannheim.example',
    availability: 'Results three to four weeks after the samples arrive; samples taken on site.',
  });

  return { radic, lazic, stojanovska, dushku, vukovic, hadziselimovic, ferrante, hartmann };
}
