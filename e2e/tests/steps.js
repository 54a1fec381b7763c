// The bulletin screen's steps (收数 → 核对 → 亮灯 → 通报): one helper that opens a step, so the
// tests that use a panel of that screen go where it is.
import { expect } from './fixtures.js';

const NAV = /^(本月工作步骤|Steps of the month)$/;
const SCREEN = /^(月度通报|Monthly bulletin)$/;

/** The steps' navigation of the bulletin screen. */
export function stepsNav(page) {
  return page.getByRole('navigation', { name: NAV });
}

/**
 * Opens step `name` of the bulletin screen (收数, 核对, 亮灯, 通报, or Collect, Check, Lights,
 * Report), switching to that screen first when another one is shown.
 */
export async function openStep(page, name) {
  const nav = stepsNav(page);
  if (!(await nav.isVisible())) await page.getByRole('button', { name: SCREEN }).click();
  const link = nav.getByRole('link', { name, exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'step');
}
