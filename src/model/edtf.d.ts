// The edtf package ships no type declarations; this covers the part gaiko uses.
declare module "edtf" {
  interface EdtfValue {
    type: "Date" | "Year" | "Season" | "Interval" | "Set" | "List" | "Decade" | "Century";
    min: number;
    max: number;
    lower?: EdtfValue;
    upper?: EdtfValue;
  }
  function edtf(input: string): EdtfValue;
  export default edtf;
}
