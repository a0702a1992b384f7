/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:atlas-data-url' {
  const url: string;
  export default url;
}

declare module 'virtual:first-view-sketch-url' {
  const url: string;
  export default url;
}
