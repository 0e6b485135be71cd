<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>
<%@ include file="atento-header.jsp" %>
<main class="contact-form">
    <header id="titulo-pagina">
        <i class="far fa-newspaper" id="titulo-pagina-icone"></i>
        <h2>Informações da vaga</h2>
    </header>
    <!-- Cabeçalho da vaga -->

    <header id="cabecalho-detvaga">
        <i class="far fa-building"></i>
        <section id="cabecalho-detvaga-texto">
            <h2>Consultor de negócios</h2>
            <h4>Auxiliar/operacional</h4>
        </section>
        <a href="login.jsp" id="cabecalho-detvaga-link">
            <div id="cabecalho-detvaga-botao">CANDIDATAR-SE</div>
        </a>
    </header>

    <!--Descricao-->
    <section class="bloco-detvaga" id="bloco-detvaga-primeiro">
        <!-- Titulo do bloco -->
        <header class="bloco-titulo">
            <i class="fas fa-cogs"></i>
            <h3>Descrição</h3>
        </header>
        <!-- Texto do bloco -->
        <p>
            Realizar a venda de produtos de adquirencia (máquinas de cartões), para pessoas Física e/ou Jurídica. Atuar com venda consultiva.
            <br>
            <br>Prospectar e credenciar estabelecimentos realizando de pós-venda e auxilio dos clientes credenciados.
            <br>
            <br>Jornada de trabalho: Segunda à Sexta-feira 09:00H às 17:00H || Sábado 09:00H às 15:00
        </p>
        <!--Cantos com cruz-->
        <div class="bloco-cruz bloco-cruz-es bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-es"> </div>
        <div class="bloco-cruz bloco-cruz-ds bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-ds"> </div>
    </section>

    <!--Requisitos-->

    <section class="bloco-detvaga">
        <!-- Titulo do bloco -->
        <header class="bloco-titulo">
            <i class="far fa-check-square"></i>
            <h3>Requisitos</h3>
        </header>
        <!-- Texto do bloco -->
        <p>
            - Maiores de 18 anos;
            <br>- Ensino médio completo;
            <br>- Possuir veículo e CNH;
            <br>- Ter experiências com vendas externas.

        </p>
        <!--Cantos com cruz-->
        <div class="bloco-cruz bloco-cruz-es bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-es"> </div>
        <div class="bloco-cruz bloco-cruz-ds bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-ds"> </div>
    </section>

    <!-- Beneficios -->

    <section class="bloco-detvaga">
        <!-- Titulo do bloco -->
        <header class="bloco-titulo">
            <i class="fas fa-trophy"></i>
            <h3>Benefícios</h3>
        </header>
        <!-- Texto do bloco -->
        <p>
            - Tíquete-alimentação;
            <br>- Tíquete-refeição;
            <br>- Vale-transporte.
        </p>
        <!--Cantos com cruz-->
        <div class="bloco-cruz bloco-cruz-es bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-es"> </div>
        <div class="bloco-cruz bloco-cruz-ds bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-ds"> </div>
    </section>

    <!-- Local -->

    <section class="bloco-detvaga">
        <!-- Titulo do bloco -->
        <header class="bloco-titulo">
            <i class="fas fa-map-marker-alt"></i>
            <h3>Local</h3>
        </header>
        <!-- Texto do bloco -->
        <p>Aclimação - São paulo/SP (Brasil)</p>
        <!--Cantos com cruz-->
        <div class="bloco-cruz bloco-cruz-es bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-es"> </div>
        <div class="bloco-cruz bloco-cruz-ds bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-ds"> </div>
    </section>

    <!-- Informações -->

    <section class="bloco-detvaga" id="bloco-detvaga-ultimo">
        <!-- Titulo do bloco -->
        <header class="bloco-titulo">
            <i class="fas fa-info-circle"></i>
            <h3>Informações</h3>
        </header>
        <!-- Texto do bloco -->
        <section id="bloco-detvaga-info">

            <section class="bloco-detvaga-info-bloco" id="bloco-detvaga-info-bloco-f">
                <i class="far fa-money-bill-alt"></i>
                <div class="bloco-detvaga-info-texto">
                    <h5>Salário</h5>
                    <h4>Não informado</h4>
                </div>
            </section>

            <section class="bloco-detvaga-info-bloco" id="bloco-detvaga-info-bloco-l">
                <i class="far fa-calendar-check"></i>
                <div class="bloco-detvaga-info-texto">
                    <h5>Data final</h5>
                    <h4><time datetime="01/09/2018">01/09/2018</time></h4>
                </div>
            </section>

        </section>
        <!--Cantos com cruz-->
        <div class="bloco-cruz bloco-cruz-es bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-es"> </div>
        <div class="bloco-cruz bloco-cruz-ds bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-ds"> </div>
        <div class="bloco-cruz bloco-cruz-ei bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-ei"> </div>
        <div class="bloco-cruz bloco-cruz-di bloco-cruz-v"> </div>
        <div class="bloco-cruz bloco-cruz-di"> </div>
    </section>
</main>
<%@ include file="atento-footer.jsp" %>