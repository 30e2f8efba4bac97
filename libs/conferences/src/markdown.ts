/** Escapes text for a Markdown document (会議録, プラン): what a person wrote never becomes markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}
