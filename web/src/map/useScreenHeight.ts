import { useEffect, useState } from "react";

/**
 * The height of the browser's layout viewport in CSS pixels, followed through resizes. The layout
 * viewport (the root element's client height), not `innerHeight`: a phone's address bar sliding away
 * as the page scrolls changes the one and not the other, and the map must not change size then.
 * @example const screenHeight = useScreenHeight(); // 844 on a 390 × 844 phone
 */
export function useScreenHeight(): number {
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const update = () => setHeight(measure());
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);
  return height;
}

function measure(): number {
  return typeof document === "undefined" ? 800 : document.documentElement.clientHeight;
}
