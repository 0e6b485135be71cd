    {
      "url": "https://api.github.com/repos/frontendbr/vagas/issues/4554",
      "repository_url": "https://api.github.com/repos/frontendbr/vagas",
      "labels_url": "https://api.github.com/repos/frontendbr/vagas/issues/4554/labels{/name}",
      "comments_url": "https://api.github.com/repos/frontendbr/vagas/issues/4554/comments",
      "events_url": "https://api.github.com/repos/frontendbr/vagas/issues/4554/events",
      "html_url": "https://github.com/frontendbr/vagas/issues/4554",
      "id": 842349948,
      "node_id": "MDU6SXNzdWU4NDIzNDk5NDg=",
      "number": 4554,
      "title": "[Uberaba] Full-Stack Developer na Grão Direto ",
      "user": {
        "login": "felpshn",
        "id": 68015575,
        "node_id": "MDQ6VXNlcjY4MDE1NTc1",
        "avatar_url": "https://avatars.githubusercontent.com/u/68015575?v=4",
        "gravatar_id": "",
        "url": "https://api.github.com/users/felpshn",
        "html_url": "https://github.com/felpshn",
        "followers_url": "https://api.github.com/users/felpshn/followers",
        "following_url": "https://api.github.com/users/felpshn/following{/other_user}",
        "gists_url": "https://api.github.com/users/felpshn/gists{/gist_id}",
        "starred_url": "https://api.github.com/users/felpshn/starred{/owner}{/repo}",
        "subscriptions_url": "https://api.github.com/users/felpshn/subscriptions",
        "organizations_url": "https://api.github.com/users/felpshn/orgs",
        "repos_url": "https://api.github.com/users/felpshn/repos",
        "events_url": "https://api.github.com/users/felpshn/events{/privacy}",
        "received_events_url": "https://api.github.com/users/felpshn/received_events",
        "type": "User",
        "site_admin": false
      },
      "labels": [
        {
          "id": 321622629,
          "node_id": "MDU6TGFiZWwzMjE2MjI2Mjk=",
          "url": "https://api.github.com/repos/frontendbr/vagas/labels/CLT",
          "name": "CLT",
          "color": "7fe266",
          "default": false,
          "description": ""
        },
        {
          "id": 1504140182,
          "node_id": "MDU6TGFiZWwxNTA0MTQwMTgy",
          "url": "https://api.github.com/repos/frontendbr/vagas/labels/Especialista",
          "name": "Especialista",
          "color": "d114bb",
          "default": false,
          "description": ""
        },
        {
          "id": 1178249004,
          "node_id": "MDU6TGFiZWwxMTc4MjQ5MDA0",
          "url": "https://api.github.com/repos/frontendbr/vagas/labels/Minas%20Gerais",
          "name": "Minas Gerais",
          "color": "f9745c",
          "default": false,
          "description": ""
        },
        {
          "id": 321622540,
          "node_id": "MDU6TGFiZWwzMjE2MjI1NDA=",
          "url": "https://api.github.com/repos/frontendbr/vagas/labels/Pleno",
          "name": "Pleno",
          "color": "6c46ea",
          "default": false,
          "description": ""
        },
        {
          "id": 321622600,
          "node_id": "MDU6TGFiZWwzMjE2MjI2MDA=",
          "url": "https://api.github.com/repos/frontendbr/vagas/labels/S%C3%AAnior",
          "name": "Sênior",
          "color": "6c46ea",
          "default": false,
          "description": ""
        }
      ],
      "state": "open",
      "locked": false,
      "assignee": null,
      "assignees": [
  
      ],
      "milestone": null,
      "comments": 0,
      "created_at": "2021-03-26T23:08:38Z",
      "updated_at": "2021-03-26T23:09:19Z",
      "closed_at": null,
      "author_association": "NONE",
      "active_lock_reason": null,
      "body": "## Grão Direto\r\n\r\nAssim como a Uber revolucionou o mercado de transporte, o Nubank o mercado bancário e várias outras startups mudaram seus respectivos mercados, a Grão Direto revoluciona o agronegócio conectando toda a cadeia de comercialização. Através da tecnologia, vendedores e compradores podem negociar grãos de forma muito mais rápida e eficiente, tornando a compra e venda de milho, soja, sorgo e outros grãos muito mais moderna e segura!\r\n\r\n## Descrição da vaga\r\n\r\nVocê irá integrar a equipe de engenharia da Grão Direto, que utiliza metodologia ágil de desenvolvimento na entrega de produtos de alta tecnologia. Nossos engenheiros atuam tanto em frontend quanto backend durante todo o ciclo de vida da solução, e encaram desafios complexos na computação em larga escala, utilizando habilidades em estruturas de dados, algoritmos e programação orientada a objetos. Nosso time é colaborativo por natureza, e você terá voz ativa durante todo o processo, sempre com o objetivo de construir produtos que promovam excelentes experiências para nossos clientes.\r\n\r\n## Local\r\n\r\n[PRESENCIAL] UBERABA, MINAS GERAIS\r\n\r\n## Requisitos\r\n\r\n**Obrigatórios:**\r\n- Conhecimento de conceitos básicos como estrutura de dados, algoritmos, orientação a objetos, etc;\r\n- Conhecimento em estrutura e consulta em Bancos de Dados relacionais.\r\n- Experiência em desenvolvimento de aplicações WEB, seja frontend ou backend.\r\n- Linguagens de desenvolvimento web HTML/CSS/JavaScript.\r\n- Habilidade para comunicação e escuta ativa.\r\n\r\n**Desejáveis:**\r\n- Experiência em boas práticas de desenvolvimento de software, como TDD, Clean Code, Padrões de Projeto e SOLID;\r\n- Experiência nas linguagens Angular, Node.js e Ionic.\r\n- Experiência em banco de dados MySQL (criação de views, procedures, functions, etc).\r\n- Contato com ambiente em nuvem Amazon AWS.\r\n- Vivência de cultura DevOps e automação de tarefas de integração e entrega.\r\n- Conceitos de metodologias ágeis (Scrum/Kanban).\r\n- Inglês intermediário.\r\n\r\n## Benefícios\r\n\r\n- Existe sim ALMOÇO GRÁTIS! ;) (Dois restaurantes conveniados para você escolher seu almoço todos os dias).\r\n- Sua SAÚDE em primeiro lugar! (Plano de saúde - a mensalidade do seu plano você deixa com a gente).\r\n- Com SORRISO tudo fica melhor! (Plano Odontológico - esta mensalidade também é nossa).\r\n- Apoiamos ainda mais seu DESENVOLVIMENTO PESSOAL! (Terapia, academia, cursos, livros além de outros itens que podem ajudar no seu desenvolvimento mental e físico, nós te incentivamos com um valor mensal).\r\n- Não é de Uberaba e está de MUDANÇA pra cá? (Auxílio Mudança - Apoio financeiro para te ajudar com as despesas da mudança + nosso apoio para você conhecer a nova cidade, encontrar um ótimo lugar para morar e realocar a família.).\r\n\r\n**Diferenciais:**\r\n- Ambiente descontraído\r\n- Horário flexível\r\n- Sala de jogos\r\n- Time jovem e engajado\r\n\r\n## Contratação\r\n\r\nCLT Período Integral (8hrs/dia)\r\n\r\n## Como se candidatar para essa vaga\r\n\r\nhttps://graodiretovagas.gupy.io/candidates/jobs/621308/apply\r\n\r\n## Também temos vagas para outros setores relacionados a tecnologia!!!\r\n\r\nhttps://www.graodireto.com.br/vagas/vagas-disponiveis.php\r\n\r\n## Tempo médio de feedbacks\r\n\r\nCostumamos enviar feedbacks em até 07 dias após cada processo.\r\nE-mail para contato em caso de não haver resposta: ursula@graodireto.com.br\r\n\r\n#### Nível\r\n- Pleno\r\n- Sênior\r\n- Especialista",
      "performed_via_github_app": null
    },
