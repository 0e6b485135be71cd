-- ========================================
-- VAGA 1: REDE - LINHA DIRETA
-- ========================================
INSERT INTO vagas (
  site, categoria, cargo, cliente, titulo, celula, 
  descricao_vaga, responsabilidades_atribuicoes, requisitos_qualificacoes, 
  salario, horario_trabalho, jornada_trabalho, beneficios, local_trabalho, etapas_processo
) VALUES (
  'URUGUAI',
  'OPERAÇÕES',
  'ESPECIALISTA I',
  'REDE',
  NULL,
  'REDE - LINHA DIRETA',
  'Quer levar sua carreira para um novo nível?
Acreditamos que o trabalho é mais do que um lugar, é um companheiro na sua jornada e, como sabemos que cada caminho é único, trabalhamos para criar oportunidades para todos! #VempraAtento
Buscamos pessoas engajadas para encantar e garantir uma experiência incrível para o cliente em um atendimento do inicio ao fim, sendo resolutivos e humanos. Buscamos os incansáveis por gerar a melhor experiência sempre!
Como será meu dia a dia?
- Atendimento aos executivos e cliente final por diversos canais de atendimento com proposito de resolução de problemas sobre diferentes produtos e serviços, oferecendo soluções diretas e coerentes para que ele seja conquistado.
O que esperamos dos nossos Analistas?
- Ser claro e simples na resolução de problemas;
- Ser protagonista do seu atendimento gerando a melhor experiência a cada contato;
- Criando Conexões memoráveis.',
  'Realizar atendimento aos executivos, lojas e estabelecimentos que utilizam a maquininha de cartões;
Tirar dúvidas relacionados ao financeiro, suporte ao time comercial do banco;
Oferecer o atendimento humanizado, ou seja, focado nos sentimentos dos clientes (entendendo as razões e as consequências que uma falha nossa pode impactar na vida do estabelecimento);
Realizar outras atividades inerentes à função de atendimento;
Realizar reuniões periódicas com estabelecimentos e executivos do banco;
Em cada atendimento prestado, poderá tratar diferentes tipos de situações indicadas pelo cliente;
Utilizará sistemas para realização de registros e aplicações do atendimento.',
  'Ter no mínimo 18 anos de idade;
Ter no mínimo o Ensino Superior Cursando ou Concluído;
Conhecimentos básicos em informática e digitação;
Boa comunicação;
Já ter realizado atendimento com máquinas de cartões e gostar de suporte comercial será um diferencial;
Preferencialmente morar próximo a Unidade Atento São Bento.
Será considerado um diferencial ter conhecimento em indicadores NPS, Rechamada, TMO, ABS.
Informações adicionais
Salário: Piso experiência pelo período de 90 dias R$ 1.568,89 e após será de R$ 1.750,00 + Premiação R$ 750,00',
  'R$ 1.568,89 - R$ 1.750,00 + Premiação R$ 750,00',
  NULL,
  '200h mês | Escala 5x2 com folga fixa aos sábados e domingos',
  NULL,
  NULL,
  'Etapas do processo seletivo
Cadastro
Teste Itaú – Primeira escolha
Smart Recruiter
Entrevista'
);

