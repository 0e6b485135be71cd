@section('title', 'Bolsa de trabajo')

@section('content')
    <section class="bolsa-trabajo">
        <div class="container">
            <div class="row">
                <div class="col-lg-12">
                    <h2>ÚNETE A LA FAMILIA</h2>
                </div>
            </div>

            <div class="row">
                <div class="col-lg-8">
                    <p>
                        <span>Puesto</span><br />
                        AUXILIAR DE ALMACÉN.<br />
                        <span>Sucursal</span><br />
                        Kanasín<br />
                        <span>Requisitos</span><br />
                        - Disponibilidad de Horario<br />
                        - Acostumbrado al trabajo físico<br />
                        - Solicitud de empleo elaborada<br />
                        <span>Ofrecemos</span><br />
                        - Atractivo sueldo base (semanal)<br />
                        - Prestaciones de Ley<br />
                        - Comedor gratuito (Almuerzo)<br />
                        - IMSS desde el primer día<br />
                        - Seguro de vida<br />
                        - Uniformes gratuitos<br />
                        - Capacitación entre otros beneficios internos.<br />
                        <span>Postularse</span><br />
                        Interesados acudir a las oficinas ubicadas con solicitud elaborada a la Calle 31 n° 168 X 14 Y 100 Col. Francisco I. Madero CP. 97240 Mérida, Yucatán.<br />
                        <span>Contacto</span><br />
                        Conmutador Dep. R.H. (999) 912 01 00 extensión 119
                        Celular Dep. R.H. (999) 949 28 94 Llamadas y WhatsApp
                        Email Dep. R.H. rhumanos@maderorefaccionarias.com.mx
                    </p>
                </div>
                <div class="col-lg-4">
                    <img src="https://via.placeholder.com/400/24f355" alt="trabajo">
                </div>
            </div>
        </div>
    </section>

@endsection

@include('components.Navbar')
@include('components.Footer')
@include('components.PreFooter')
@include('components.Scripts')
@include('components.Stylesheets')

@extends('components.Main')