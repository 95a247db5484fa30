import { structure } from '../../src/ingest/structure';

describe('structure: sections, lists and tables of a policy text', () => {
  it('a numbered heading opens a section the paragraphs under it stand in', () => {
    const doc = structure([
      '1. Toelichting op onze criteria',
      '',
      'Wij kopen zorg in bij aanbieders die voldoen aan de eisen.',
    ]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(doc.blocks[1]?.headingPath).toEqual(['1. Toelichting op onze criteria']);
  });

  it("bullets under a lead-in ('Aanvullende minimeisen voor ZBC's:') carry it in their heading path", () => {
    const doc = structure([
      'Onze minimumeisen voor zorgaanbieders',
      '',
      "Aanvullende minimeisen voor ZBC's:",
      '',
      '- De zorgaanbieder beschikt over een geldige AGB-code voor het leveren van de zorg.',
    ]);
    const bullet = doc.blocks.find((b) => b.kind === 'bullet');
    expect(bullet?.headingPath).toEqual([
      'Onze minimumeisen voor zorgaanbieders',
      "Aanvullende minimeisen voor ZBC's:",
    ]);
    expect(bullet?.lineStart).toBe(5);
  });

  it("a run of tab-separated lines under 'Tijdpad' is a planning table with a header row", () => {
    const doc = structure([
      'Tijdpad / fases zorginkoop',
      '',
      'Wat\tWie\tWanneer (2022)',
      'Inkoopgesprekken\tZorgaanbieder en a.s.r.\tjuli-oktober',
      'Publicatie gecontracteerde partijen op de website\ta.s.r.\t12 november',
    ]);
    const rows = doc.blocks.filter((b) => b.kind === 'table-row');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.table).toEqual({ kind: 'planning', header: ['Wat', 'Wie', 'Wanneer (2022)'] });
    expect(rows[1]?.cells).toEqual(['Inkoopgesprekken', 'Zorgaanbieder en a.s.r.', 'juli-oktober']);
  });

  it("a table of 'Onderwerp / Beleid 2023 / Beleid 2024' is a change table", () => {
    const doc = structure([
      'Overzicht alle wijzigingen ten opzichte van vorig jaar',
      '',
      'Onderwerp\tBeleid 2023\tBeleid 2024',
      'Minimumeis voor moleculaire diagnostiek\tIn 2023 was deze minimumeis nog niet van toepassing.\tEr dienen SLA-overeenkomsten te zijn.',
    ]);
    expect(doc.blocks.at(-1)?.table?.kind).toBe('change');
  });

  it("a table of 'Vragen over / Contactgegevens' with e-mail addresses is a contact table", () => {
    const doc = structure([
      'Vragen over\tWie\tContactgegevens',
      'Declaraties\tAfdeling declaraties\tzorg.claimcontrol@asr.nl',
    ]);
    expect(doc.blocks[0]?.table?.kind).toBe('contact');
  });

  it('struck text (~~…~~) stays in the block: withdrawn wording is history to cite', () => {
    const doc = structure(['Selectieve inkoop', '', '~~Wij kopen selectief in voor de polis Gewoon ZEKUR Zorg.~~']);
    expect(doc.blocks[1]?.text).toContain('~~');
  });

  it('consecutive lines of running text are one paragraph', () => {
    const doc = structure(['Wij verwachten dat u samenwerkt', 'met andere zorgaanbieders in de regio.']);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', lineStart: 1, lineEnd: 2 });
  });

  it('short titles that each head a list nest under the section that announced the list', () => {
    const doc = structure([
      'Voorwaarden voor een overeenkomst',
      '',
      'Wij verwachten dat u voldoet aan onderstaande voorwaarden.',
      '',
      'Algemeen',
      '',
      '- u bent ingeschreven in het register van de Kamer van Koophandel;',
      '',
      'Aanvullend voor wijkverpleging',
      '',
      '- u werkt met een erkend kwaliteitskader.',
      '',
      'Inkoopproces',
      '',
      'Wij sturen u in juni een aanbod.',
    ]);
    const at = (line: number) => doc.blocks.find((b) => b.lineStart === line)?.headingPath;
    expect(at(7)).toEqual(['Voorwaarden voor een overeenkomst', 'Algemeen']);
    expect(at(11)).toEqual(['Voorwaarden voor een overeenkomst', 'Aanvullend voor wijkverpleging']);
    // A title followed by running text is a section of its own again.
    expect(at(15)).toEqual(['Inkoopproces']);
  });

  it('without an announcing paragraph, consecutive titles are sections side by side', () => {
    const doc = structure([
      'Kwaliteit',
      '',
      '- De zorg is veilig.',
      '',
      'Doelmatigheid',
      '',
      '- De zorg is doelmatig.',
    ]);
    expect(doc.blocks.find((b) => b.lineStart === 7)?.headingPath).toEqual(['Doelmatigheid']);
  });

  it('a table of contents (titles with page numbers) is no change table, though a title names changes', () => {
    const doc = structure([
      'Inhoudsopgave',
      '',
      '1 Inleiding\t3',
      '2 Wijzigingen ten opzichte van 2024\t5',
      '3 Planning\t9',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'table-row').map((b) => b.table?.kind)).toEqual([
      'other',
      'other',
      'other',
    ]);
  });
});
