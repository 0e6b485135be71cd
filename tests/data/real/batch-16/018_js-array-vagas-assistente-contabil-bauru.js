let minhalista = [
  {
    vaga: "Assistente Contábil",
    cidade: "Ficticio",
    data:"25/04/2022",
    descricao:"Assistente Contábil<br><br>Cadastrado em: 25/04/2022<br><br>- Descrição: necessário ter vivência com lançamentos e conhecimento contábil<br><br>- Horario: segunda a sexta das 8h:00 as 18h:00 com 1h almoço.<br><br>- Salário: R$ 1.582.90 + Vale Alimentação R$ 23,00 por dia trabalhado.<br><br>Enviar email<br><br> mrhgestaopessoas@hotmail.com<br>- SIGLA ASSC<br>Contato: mrhgestaopessoas@hotmail.com<br><br>Vaga em Bauru",
    id: "2"
  },
  ]
