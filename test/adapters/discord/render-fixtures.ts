import type { Reply } from '../../../src/core/reply/model.js';

// One explanation as core builds it, for the renderDiscordReply tests to vary.
export const explanation: Reply = {
  kind: 'explanation',
  title: 'WSAECONNRESET (10054) · Connection reset by peer',
  subtitle: 'reset · retry: maybe',
  sections: [
    { text: 'The other side tore the connection down with a TCP RST.' },
    { heading: 'Likely causes', items: ['the server process crashed', 'a load balancer idle timeout'] },
    {
      heading: 'Also seen as',
      fields: [
        { label: 'Linux', value: 'ECONNRESET (104)', inline: true },
        { label: '.NET', value: 'SocketError.ConnectionReset', inline: true },
      ],
    },
    { heading: 'Check first', items: ['`ss -tan state time-wait | wc -l`'] },
  ],
  footer: 'Source: Windows Sockets Error Codes',
  actions: [{ id: 'share', label: 'Share in channel', value: 'en:10054' }],
  fallback: 'WSAECONNRESET (10054) · Connection reset by peer',
};
