// n8n's logger reads this on first use; the engine logs every node error otherwise
process.env.N8N_LOG_LEVEL = 'silent';
