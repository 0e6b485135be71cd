export const jobs = [
  {
    title: "VENDEDOR(A)",
    location: "Av. Ver. Toaldo Túlio, 2185 - Santa Felicidade, Curitiba - PR",
    responsibilities: [
      "Atingir metas de vendas, margem, serviços financeiros e telemarketing, aplicando a política comercial da empresa em seu dia-a-dia;",
      "Realizar operações de caixa;",
      "Conhecer com profundidade o mercado onde atua e os produtos que comercializa;",
      "Encantar e servir aos clientes de forma personalizada e consultiva;",
      "Atuar na arrumação e organização dos setores e limpeza dos produtos e expositores;",
      "Conduzir o processo de atendimento ao cliente, realizar o cartazamento dos setores e operar os sistemas necessários;",
      "Contribuir com atividades de todos os setores da loja, objetivando o atingimento das metas globais da loja.",
    ],
    requirements: [
      "Ensino Médio Completo;",
      "Disponibilidade para trabalhar aos finais de semana (escala 6x1);",
      "Maiores de 18 anos;",
      "Disponibilidade de horário;",
    ],
  },
];