/** Where a guild voice answer is from, shown in the DM that carries its transcript. */
export function fromChannelLine(channelId: string): string {
  return `Your voice answer in <#${channelId}>:`;
}
