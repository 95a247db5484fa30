import { exampleTabs, idePage, tabTitleStyles } from '../../src/ide/ide-page';

describe('the IDE’s tabs', () => {
  it('are each titled with the question an analyst would ask, in Dutch', () => {
    const tabs = exampleTabs();
    expect(tabs.length).toBeGreaterThan(0);
    for (const tab of tabs) {
      // Every example operation has a `# Vraag:` line above it: a question, not the operation's identifier.
      expect(`${tab.name}: ${tab.title}`).toMatch(/^\w+: [A-Z][^?]* .*\?$/);
      expect(tab.query).toContain(`# Vraag: ${tab.title}`);
    }
    expect(tabs.find((t) => t.name === 'ZbcCalendarVgz2023')?.title).toMatch(/^Wat moet een ZBC wanneer doen/);
  });

  it('show the question over the operation’s name, escaped so no title can end the page’s style element', () => {
    const css = tabTitleStyles([{ name: 'X', title: 'Wat "staat" er?</style><script>', query: '' }]);
    expect(css).not.toMatch(/<\/style>/);
    expect(css).toContain(
      '.graphiql-tab-button[title="X"]::after { content: "Wat \\22 staat\\22  er?\\3c /style>\\3c script>"',
    );
    expect(idePage(exampleTabs())).toContain('content: "Aan welke eisen moet een ZBC bij VGZ in 2024 voldoen');
  });
});
