// Gestures for the browser tests: a drag by mouse or one finger, and a two-finger pinch, as touch events through CDP.
import type { Locator, Page } from "playwright-core";

/** A drag from one point to another: one finger on a phone (touch events through CDP), the mouse on a desktop. */
export async function drag(page: Page, touch: boolean, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const steps = 8;
  const at = (i: number) => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
  if (!touch) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) await page.mouse.move(at(i).x, at(i).y);
    await page.mouse.up();
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ ...from, id: 1 }] });
  for (let i = 1; i <= steps; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ ...at(i), id: 1 }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/**
 * Two fingers spreading apart about the middle of an element, as touch events through CDP; `maxDy` keeps the fingers
 * at most that far below the element's top (a tall element whose middle is off the screen).
 */
export async function pinchOut(page: Page, target: Locator, maxDy = Infinity): Promise<void> {
  const box = (await target.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height / 2, maxDy);
  const cdp = await page.context().newCDPSession(page);
  const at = (d: number) => [
    { x: cx - d, y: cy, id: 1 },
    { x: cx + d, y: cy, id: 2 },
  ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(20) });
  for (let d = 30; d <= 110; d += 10) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(d) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}
