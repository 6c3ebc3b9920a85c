import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

import type { UiLanguage } from './new-resident-page';

/** The list's and the home page's texts as a person sees them (not read from the translations). */
const az = {
  navChildren: 'Uşaqlar',
  navHome: 'Ana səhifə',
  heading: 'Uşaqlar',
  newChild: 'Yeni uşaq',
  search: 'Axtarış',
  clearSearch: 'Axtarışı təmizlə',
  table: 'Uşaqlar',
  shown: (count: number) => `Göstərilir: ${count}`,
  reminders: 'Xatırlatmalar',
  turning14: '14 yaşı tamam olur',
  showAll: /^Hamısını göstər/,
};

const en: typeof az = {
  navChildren: 'Children',
  navHome: 'Home',
  heading: 'Children',
  newChild: 'New child',
  search: 'Search',
  clearSearch: 'Clear search',
  table: 'Children',
  shown: (count: number) => `Shown: ${count}`,
  reminders: 'Reminders',
  turning14: 'Turning 14',
  showAll: /^Show all/,
};

const LABELS: Record<UiLanguage, typeof az> = { az, en };

/** The children on the register: search as you type, the table, and the way to a new child. */
export class ResidentsPage {
  readonly labels: typeof az;

  constructor(
    readonly page: Page,
    readonly language: UiLanguage,
  ) {
    this.labels = LABELS[language];
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.labels.navChildren, exact: true }).click();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.labels.heading, exact: true });
  }

  async startNewChild(): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: this.labels.newChild, exact: true }).click();
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: this.labels.search });
  }

  /** Types key by key, as a person does, after emptying the box. */
  async search(text: string): Promise<void> {
    await this.searchBox().clear();
    await this.searchBox().pressSequentially(text);
  }

  async clearSearch(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.clearSearch }).click();
  }

  /** "Shown: N" above the table, announced as the list narrows. */
  shownCount(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  shownText(count: number): string {
    return this.labels.shown(count);
  }

  /** The children's names in the table (each row's header cell). */
  names(): Locator {
    return this.page.getByRole('table', { name: this.labels.table }).getByRole('rowheader');
  }
}

/** The home page's dashboard: its reminders, each listing children with a link to the record. */
export class HomeDashboard {
  readonly labels: typeof az;

  constructor(
    readonly page: Page,
    readonly language: UiLanguage,
  ) {
    this.labels = LABELS[language];
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.labels.navHome, exact: true }).click();
  }

  reminders(): Locator {
    return this.page.getByRole('region', { name: this.labels.reminders, exact: true });
  }

  turning14(): Locator {
    return this.reminders().getByRole('region', { name: this.labels.turning14, exact: true });
  }

  /**
   * The child's link under "Turning 14". Only the first few are listed until "Show all" is pressed;
   * how many other demo children turn 14 these weeks depends on today's date.
   */
  async turning14Link(fullName: string): Promise<Locator> {
    const group = this.turning14();
    const link = group.getByRole('link', { name: fullName, exact: true });
    await expect(group).toBeVisible();
    const showAll = group.getByRole('button', { name: this.labels.showAll });
    if (await showAll.isVisible()) {
      await showAll.click();
    }
    return link;
  }
}
